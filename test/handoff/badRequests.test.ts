import { expect } from 'chai';
import { readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';
import { AgentClient, type RunningServer, startAgentServer } from './server';
import { world } from './harness';

interface BadRequest {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  raw?: string;
  signedIn?: boolean;
}

const PASSWORD = 'correct horse battery staple';
const CORPUS: BadRequest[] = JSON.parse(
  readFileSync(fromRoot('test', 'handoff', 'fixtures', 'bad-requests.json'), 'utf8'));

/** "@@N" in a fixture stands for N characters, to keep the file small. */
function expand(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(/@@(\d+)/, (_match, count: string) => 'x'.repeat(Number(count)));
  }
  if (Array.isArray(value)) {
    return value.map(expand);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expand(item)]));
  }
  return value;
}

describe('agent API: the bad-request corpus', () => {
  let server: RunningServer;
  let agent: AgentClient;
  let anonymous: AgentClient;

  before(async () => {
    const w = world();
    await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
    w.handoff.presence.set('g.martin', 'online');
    await w.citizen('c1').say('gendarme');
    server = await startAgentServer(w.handoff);
    agent = new AgentClient(server.url);
    await agent.signIn('g.martin', PASSWORD);
    await agent.call('POST', '/api/agent/conversations/c1/claim');
    anonymous = new AgentClient(server.url);
  });

  after(() => server.close());

  for (const bad of CORPUS) {
    it(`answers a 4xx JSON error to: ${bad.name}`, async () => {
      const client = bad.signedIn ? agent : anonymous;
      const path = String(expand(bad.path));

      const response = await client.call(bad.method, path, expand(bad.body), bad.raw);

      expect(response.status, JSON.stringify(response.body)).to.be.within(400, 499);
      expect(response.body).to.have.nested.property('error.code').that.is.a('string');
      expect(response.body).to.have.nested.property('error.message').that.is.a('string');
    });
  }

  it('is still up and serving after the whole corpus', async () => {
    const queue = await agent.call('GET', '/api/agent/conversations?state=mine');

    expect(queue.status).to.equal(200);
    expect(queue.body.conversations).to.have.length(1);
  });
});
