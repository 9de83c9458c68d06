import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { ACCOUNTS, AccountStore, type AgentAccount } from '../../handoff/auth/accounts';
import { DirectLineClient, openStream, request } from '../helpers/directLineClient';
import { AgentClient } from '../handoff/server';
import { startWith, type SecureApp } from './app';

/** One bad request of the corpus (test/security/fixtures/bad-requests.json). */
interface BadRequest {
  name: string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  /** A JSON message whose text is this many bytes long. */
  oversize?: number;
  /** body.text becomes this many characters. */
  longText?: number;
  /** body.channelData becomes an object nested this deep. */
  nestedDepth?: number;
  /** body.value becomes arrays nested this deep ("[[[…]]]"), written as raw text. */
  deepArrays?: number;
  /** Endpoints that must refuse it with a 4xx ("all": every one). */
  refusedBy: string[] | 'all';
  /** The exact status those endpoints answer, when it matters. */
  status?: number;
}

interface Endpoint {
  name: string;
  method: string;
  path: string;
  headers: Record<string, string>;
}

const CORPUS: BadRequest[] = JSON.parse(
  readFileSync(fromRoot('test', 'security', 'fixtures', 'bad-requests.json'), 'utf8'));

const PASSWORD = 'mot de passe du corpus';
const GENEROUS = { capacity: 10_000, perMinute: 10_000 };

function nested(depth: number): Record<string, unknown> {
  let inner: Record<string, unknown> = {};
  for (let i = 0; i < depth; i += 1) {
    inner = { a: inner };
  }
  return inner;
}

function rawBody(bad: BadRequest): string {
  if (bad.oversize !== undefined) {
    return JSON.stringify({ type: 'message', text: 'a'.repeat(bad.oversize) });
  }
  if (bad.raw !== undefined) {
    return bad.raw;
  }
  const body = typeof bad.body === 'object' && bad.body !== null && !Array.isArray(bad.body)
    ? { ...bad.body } : bad.body;
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    if (bad.longText !== undefined) {
      Reflect.set(body, 'text', 'a'.repeat(bad.longText));
    }
    if (bad.nestedDepth !== undefined) {
      Reflect.set(body, 'channelData', nested(bad.nestedDepth));
    }
  }
  const text = JSON.stringify(body);
  if (bad.deepArrays !== undefined) {
    // written by hand: a recursive JSON.stringify of it is what broke the server
    const value = '['.repeat(bad.deepArrays) + ']'.repeat(bad.deepArrays);
    return `${text.slice(0, -1)},"value":${value}}`;
  }
  return text;
}

/** What is wrong with one answer, or undefined when it is right. */
function violation(bad: BadRequest, endpoint: Endpoint, status: number, text: string):
string | undefined {
  const where = `${bad.name} → ${endpoint.name}: ${status}`;
  const refused = bad.refusedBy === 'all' || bad.refusedBy.includes(endpoint.name);
  if (status >= 500) {
    return `${where} (a server error)`;
  }
  if (refused && (status < 400 || (bad.status !== undefined && status !== bad.status))) {
    return `${where} (should be refused${bad.status ? ` with ${bad.status}` : ''})`;
  }
  if (status < 400) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `${where} (error body is not JSON)`;
  }
  const error: unknown = typeof parsed === 'object' && parsed !== null
    ? Reflect.get(parsed, 'error') : undefined;
  const stable = typeof error === 'object' && error !== null
    && typeof Reflect.get(error, 'code') === 'string'
    && typeof Reflect.get(error, 'message') === 'string';
  return stable ? undefined : `${where} (error shape: ${text.slice(0, 80)})`;
}

describe('bad-request corpus, replayed against every endpoint', function () {
  this.timeout(120_000);
  let app: SecureApp;
  let endpoints: Endpoint[];
  let citizen: DirectLineClient;

  before(async () => {
    app = await startWith({ limits: {
      conversationsPerIp: GENEROUS, requestsPerIp: GENEROUS,
      requestsPerConversation: GENEROUS, turnsPerConversation: GENEROUS,
    } });
    await new AccountStore(app.database.collection<AgentAccount>(ACCOUNTS))
      .create('agent.corpus', 'agent', PASSWORD);
    citizen = await DirectLineClient.start(app.url);
    await citizen.say('je veux parler à un gendarme');
    await app.directLine.whenIdle();
    const agent = new AgentClient(app.url);
    await agent.signIn('agent.corpus', PASSWORD);
    const conversation = `/api/agent/conversations/${encodeURIComponent(citizen.conversationId)}`;
    expect((await agent.call('POST', `${conversation}/claim`)).status).to.equal(200);

    const bearer = { Authorization: `Bearer ${citizen.token}` };
    const signedIn = { cookie: agent.cookie, 'x-csrf-token': agent.csrf };
    const dl = '/v3/directline';
    endpoints = [
      { name: 'dl.generate', method: 'POST', path: `${dl}/tokens/generate`, headers: {} },
      { name: 'dl.create', method: 'POST', path: `${dl}/conversations`, headers: {} },
      { name: 'dl.refresh', method: 'POST', path: `${dl}/tokens/refresh`, headers: bearer },
      { name: 'dl.activities', method: 'POST', path: citizen.path('/activities'),
        headers: bearer },
      { name: 'messages', method: 'POST', path: '/api/messages', headers: {} },
      { name: 'agent.session', method: 'POST', path: '/api/agent/session', headers: {} },
      { name: 'agent.presence', method: 'PUT', path: '/api/agent/presence', headers: signedIn },
      { name: 'agent.message', method: 'POST', path: `${conversation}/messages`,
        headers: signedIn },
      { name: 'records.status', method: 'POST',
        path: '/api/records/pre-complaints/PP-AAAA-AAAA/status', headers: signedIn },
      { name: 'otv.handled', method: 'POST', path: '/api/records/otv/OTV-AAAA-AAAA/handled',
        headers: signedIn },
    ];
  });

  after(() => app.stop());

  for (const bad of CORPUS) {
    const refusedBy = bad.refusedBy === 'all' ? 'every endpoint' : bad.refusedBy.join(', ');
    it(`${bad.name}: refused by ${refusedBy || 'none (accepted as text)'}, never a 5xx`,
      async () => {
        const body = rawBody(bad);
        const problems: string[] = [];

        for (const endpoint of endpoints) {
          const response = await fetch(`${app.url}${endpoint.path}`, {
            method: endpoint.method, body,
            headers: { 'Content-Type': bad.contentType ?? 'application/json', ...endpoint.headers },
          });
          const problem = violation(bad, endpoint, response.status, await response.text());
          if (problem) {
            problems.push(problem);
          }
        }
        await app.directLine.whenIdle();

        expect(problems).to.deep.equal([]);
      });
  }

  it('leaves the process up, unpolluted, and the chat working', async () => {
    const health = await request(app.url, 'GET', '/healthz');
    const fresh = await DirectLineClient.start(app.url);
    await fresh.say('bonjour');
    await app.directLine.whenIdle();
    const replies = (await fresh.activities()).body.activities
      .filter((activity) => activity.from.role === 'bot');

    expect(health.status).to.equal(200);
    expect(Reflect.get({}, 'polluted')).to.equal(undefined);
    expect(replies.length).to.be.at.least(2);
  });

  it('refuses bad stream requests: no token 401, forged or foreign 403, bad watermark 400',
    async () => {
      const other = await DirectLineClient.start(app.url);
      const base = `${app.url.replace('http', 'ws')}${citizen.path('/stream')}`;
      const outcome = (url: string): Promise<string> => openStream(url)
        .then((stream) => { stream.close(); return 'opened'; }, (error: Error) => error.message);

      const answers = [
        await outcome(base),
        await outcome(`${base}?t=not.a.token`),
        await outcome(`${base}?t=${encodeURIComponent(other.token)}`),
        await outcome(`${base}?t=${encodeURIComponent(citizen.token)}&watermark=%7B%22%24gt%22%7D`),
      ];

      expect(answers).to.deep.equal([
        'stream refused: 401', 'stream refused: 403', 'stream refused: 403',
        'stream refused: 400',
      ]);
    });
});
