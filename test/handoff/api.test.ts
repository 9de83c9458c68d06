import { expect } from 'chai';
import sinon from 'sinon';
import WebSocket from 'ws';
import type { TranscriptEntry } from '../../handoff/model';
import { API_PASSWORD as PASSWORD, ApiFixture } from './apiFixture';
import { AgentClient, startAgentServer } from './server';

function nextEvent(ws: WebSocket, wanted: (event: Record<string, unknown>) => boolean):
Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const event: Record<string, unknown> = JSON.parse(data.toString());
      if (wanted(event)) {
        ws.off('message', onMessage);
        resolve(event);
      }
    };
    ws.on('message', onMessage);
    ws.once('error', reject);
  });
}

describe('agent API over HTTP', () => {
  const fx = ApiFixture.use({ supervisor: true });

  it('signs in with an HttpOnly, SameSite=Strict cookie and returns a CSRF token', async () => {
    const response = await fx.client.signIn('g.martin', PASSWORD);

    expect(response.status).to.equal(200);
    expect(response.body).to.include({ agentId: 'g.martin', role: 'agent', presence: 'online' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).to.match(/HttpOnly/).and.match(/SameSite=Strict/).and.match(/Max-Age=\d+/);
    expect(fx.client.csrf).to.have.length.greaterThan(20);
  });

  it('marks the cookie Secure when a proxy says the console is reached over https',
    async () => {
      const response = await fetch(`${fx.server.url}/api/agent/session`, { method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ login: 'g.martin', password: PASSWORD }) });

      expect(response.headers.get('set-cookie')).to.match(/; Secure/);
    });

  it('answers a stable JSON error for a wrong password, and locks out', async () => {
    const wrong = await fx.client.call('POST', '/api/agent/session',
      { login: 'g.martin', password: 'not the password' });
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await fx.client.call('POST', '/api/agent/session', { login: 'g.martin', password: 'nope' });
    }
    const locked = await fx.client.call('POST', '/api/agent/session',
      { login: 'g.martin', password: PASSWORD });

    expect(wrong.status).to.equal(401);
    expect(wrong.body).to.deep.equal({ error: { code: 'unauthenticated',
      message: 'wrong login or password' } });
    expect(locked.status).to.equal(429);
  });

  it('rejects bad bodies with clear 4xx errors', async () => {
    const malformed = await fx.client.call('POST', '/api/agent/session', undefined, '{"login":');
    const array = await fx.client.call('POST', '/api/agent/session', undefined, '[]');
    const operator = await fx.client.call('POST', '/api/agent/session',
      { login: { $gt: '' }, password: PASSWORD });
    const huge = await fx.client.call('POST', '/api/agent/session',
      { login: 'x', password: 'y'.repeat(20_000) });

    expect([malformed.status, array.status, operator.status, huge.status])
      .to.deep.equal([400, 400, 400, 413]);
    expect(operator.body).to.deep.equal({ error: { code: 'invalid_request',
      message: 'login must be a non-empty string' } });
  });

  it('refuses every API route without a session, and state changes without CSRF', async () => {
    const anonymous = await fx.client.call('GET', '/api/agent/queue');
    await fx.client.signIn('g.martin', PASSWORD);
    fx.client.csrf = '';
    const noCsrf = await fx.client.call('PUT', '/api/agent/presence', { status: 'busy' });

    expect(anonymous.status).to.equal(401);
    expect(noCsrf.status).to.equal(403);
    expect(noCsrf.body).to.deep.include({ error: { code: 'csrf',
      message: 'missing or wrong x-csrf-token header' } });
  });

  it('refuses a cross-origin sign-in', async () => {
    const response = await fetch(`${fx.server.url}/api/agent/session`, { method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ login: 'g.martin', password: PASSWORD }) });

    expect(response.status).to.equal(403);
  });

  it('lists the queue, claims, replies, notes and closes through the API', async () => {
    await fx.client.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');

    const queue = await fx.client.call('GET', '/api/agent/queue');
    const claim = await fx.client.call('POST', '/api/agent/conversations/c1/claim');
    const reply = await fx.client.call('POST', '/api/agent/conversations/c1/messages',
      { text: 'Bonjour, je vous écoute.' });
    const note = await fx.client.call('POST', '/api/agent/conversations/c1/notes', { text: 'RAS' });
    const detail = await fx.client.call('GET', '/api/agent/conversations/c1');
    const close = await fx.client.call('POST', '/api/agent/conversations/c1/close');

    expect(queue.body.conversations).to.have.length(1);
    expect(queue.body.conversations).to.have.nested.property('[0].topic', 'vol');
    expect([claim.status, reply.status, note.status, close.status]).to.deep.equal(
      [200, 201, 201, 200]);
    expect(fx.w.sender.texts('c1')).to.include('Bonjour, je vous écoute.');
    expect(fx.w.sender.texts('c1')).to.not.include('RAS');
    const transcript = detail.body.transcript as Array<{ kind: string; text: string }>;
    expect(transcript.map((entry) => entry.text)).to.include.members(
      ['gendarme', 'Bonjour, je vous écoute.', 'RAS']);
    expect(detail.body.collected).to.deep.equal({ lieu: 'Lyon' });
  });

  it('answers 409 to the agent who loses a claim race', async () => {
    const other = new AgentClient(fx.server.url);
    await fx.client.signIn('g.martin', PASSWORD);
    await other.signIn('chef', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');

    const statuses = (await Promise.all([
      fx.client.call('POST', '/api/agent/conversations/c1/claim'),
      other.call('POST', '/api/agent/conversations/c1/claim'),
    ])).map((response) => response.status).sort();

    expect(statuses).to.deep.equal([200, 409]);
  });

  it('answers clear errors for unknown conversations and wrong requests', async () => {
    await fx.client.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');

    const unknown = await fx.client.call('GET', '/api/agent/conversations/nope');
    const badState = await fx.client.call('GET', '/api/agent/conversations?state=all');
    const notHeld = await fx.client.call('POST', '/api/agent/conversations/c1/messages',
      { text: 'bonjour' });
    const toSelf = await fx.client.call('POST', '/api/agent/conversations/c1/transfer',
      { agentId: 'g.martin' });
    const noText = await fx.client.call('POST', '/api/agent/conversations/c1/notes', {});
    const canned = await fx.client.call('POST', '/api/agent/conversations/c1/claim')
      .then(() => fx.client.call('POST', '/api/agent/conversations/c1/messages',
        { canned: { $ne: null } }));

    expect(unknown.status).to.equal(404);
    expect(badState.body).to.deep.equal({ error: { code: 'invalid_request',
      message: 'state must be mine, bot or agent' } });
    expect(notHeld.status).to.equal(409);
    expect(toSelf.status).to.equal(400);
    expect(noText.status).to.equal(400);
    expect(canned.body).to.deep.equal({ error: { code: 'invalid_request',
      message: 'unknown canned reply' } });
  });

  it('keeps the audit log to supervisors and records every action there', async () => {
    await fx.client.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');
    await fx.client.call('POST', '/api/agent/conversations/c1/claim');
    const supervisor = new AgentClient(fx.server.url);
    await supervisor.signIn('chef', PASSWORD);

    const forbidden = await fx.client.call('GET', '/api/agent/audit');
    const audit = await supervisor.call('GET', '/api/agent/audit');

    expect(forbidden.status).to.equal(403);
    const actions = (audit.body.entries as Array<{ agentId: string; action: string }>)
      .map((entry) => `${entry.agentId}:${entry.action}`);
    expect(actions).to.include.members(['g.martin:sign-in', 'g.martin:claim', 'chef:sign-in']);
  });

  it('sets presence and refuses unknown statuses', async () => {
    await fx.client.signIn('g.martin', PASSWORD);

    const busy = await fx.client.call('PUT', '/api/agent/presence', { status: 'busy' });
    const wrong = await fx.client.call('PUT', '/api/agent/presence', { status: 'asleep' });

    expect(busy.status).to.equal(200);
    expect(fx.w.handoff.presence.get('g.martin')).to.equal('busy');
    expect(wrong.status).to.equal(400);
  });

  it('signs out: the cookie no longer works', async () => {
    await fx.client.signIn('g.martin', PASSWORD);

    await fx.client.call('DELETE', '/api/agent/session');
    const after = await fx.client.call('GET', '/api/agent/session');

    expect(after.status).to.equal(401);
  });

  it('serves the console with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${fx.server.url}/agent/`);

    expect(response.status).to.equal(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).to.include("script-src 'self'").and.include("frame-ancestors 'none'");
    expect(csp).to.not.include('unsafe-inline');
  });

  it('pushes live queue updates over the WebSocket to signed-in agents only', async () => {
    await fx.client.signIn('g.martin', PASSWORD);
    const wsUrl = `${fx.server.url.replace('http', 'ws')}/api/agent/ws`;
    const ws = new WebSocket(wsUrl, { headers: { cookie: fx.client.cookie } });
    await nextEvent(ws, (event) => event.type === 'hello');

    const update = nextEvent(ws, (event) => event.type === 'queue');
    await fx.w.citizen('c1').say('gendarme');

    expect(await update).to.deep.equal({ type: 'queue' });
    ws.close();
    const refused = await new Promise<number>((resolve) => {
      const anonymous = new WebSocket(wsUrl);
      anonymous.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      anonymous.on('error', () => undefined);
    });
    expect(refused).to.equal(401);
  });

  it('works the same behind a global JSON body parser, as in server/app.ts', async () => {
    await fx.server.close();
    fx.server = await startAgentServer(fx.w.handoff, true);
    fx.client = new AgentClient(fx.server.url);
    await fx.client.signIn('g.martin', PASSWORD);
    await fx.w.citizen('c1').say('gendarme');

    await fx.client.call('POST', '/api/agent/conversations/c1/claim');
    const reply = await fx.client.call('POST', '/api/agent/conversations/c1/messages',
      { text: 'Bonjour.' });
    const array = await fx.client.call('POST', '/api/agent/conversations/c1/notes', [1]);

    expect(reply.status).to.equal(201);
    expect(fx.w.sender.texts('c1')).to.include('Bonjour.');
    expect(array.status).to.equal(400);
  });

  it('delivers a conversation\'s lines in order even when a store read ends late',
    async () => {
      await fx.client.signIn('g.martin', PASSWORD);
      await fx.w.citizen('c1').say('gendarme');
      await fx.client.call('POST', '/api/agent/conversations/c1/claim');
      const ws = new WebSocket(`${fx.server.url.replace('http', 'ws')}/api/agent/ws`,
        { headers: { cookie: fx.client.cookie } });
      await nextEvent(ws, (event) => event.type === 'hello');
      const queue = fx.w.handoff.queue;
      const read = queue.get.bind(queue);
      let reads = 0;
      // the first read is the slow one, as a database's can be
      const get = sinon.stub(queue, 'get').callsFake(async (id: string) => {
        reads += 1;
        if (reads === 1) {
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
        return read(id);
      });
      const texts: string[] = [];
      const both = new Promise<void>((resolve) => {
        ws.on('message', (data: WebSocket.RawData) => {
          const event: { type?: string; entry?: { text?: string } } = JSON.parse(data.toString());
          if (event.type === 'entry' && event.entry?.text?.startsWith('ligne')) {
            texts.push(event.entry.text);
            if (texts.length === 2) {
              resolve();
            }
          }
        });
      });
      const entry = (seq: number): TranscriptEntry => ({ id: `e${seq}`, conversationId: 'c1',
        seq, at: seq, from: 'user', kind: 'message', text: `ligne ${seq}`,
        expiresAt: new Date(Date.now() + 60_000) });

      fx.w.handoff.events.publish({ type: 'entry', conversationId: 'c1', entry: entry(1) });
      fx.w.handoff.events.publish({ type: 'entry', conversationId: 'c1', entry: entry(2) });
      await both;
      get.restore();
      ws.close();

      expect(texts).to.deep.equal(['ligne 1', 'ligne 2']);
    });

  it('makes an agent unavailable when their last console closes', async () => {
    await fx.client.signIn('g.martin', PASSWORD);
    const ws = new WebSocket(`${fx.server.url.replace('http', 'ws')}/api/agent/ws`,
      { headers: { cookie: fx.client.cookie } });
    await nextEvent(ws, (event) => event.type === 'hello');
    const offline = new Promise<void>((resolve) => {
      const stop = fx.w.handoff.events.subscribe((event) => {
        if (event.type === 'presence' && event.status === 'offline') {
          stop();
          resolve();
        }
      });
    });

    expect(fx.w.handoff.presence.get('g.martin')).to.equal('online');
    ws.close();
    await offline;
    expect(fx.w.handoff.presence.available()).to.deep.equal([]);
  });

  it('streams a watched bot conversation to its watcher only, and lists it as theirs',
    async () => {
      await fx.w.handoff.accounts.create('g.durand', 'agent', PASSWORD);
      const other = new AgentClient(fx.server.url);
      await fx.client.signIn('g.martin', PASSWORD);
      await other.signIn('g.durand', PASSWORD);
      const camille = fx.w.citizen('c1');
      await camille.say('bonjour');
      const wsUrl = `${fx.server.url.replace('http', 'ws')}/api/agent/ws`;
      const watcher = new WebSocket(wsUrl, { headers: { cookie: fx.client.cookie } });
      const bystander = new WebSocket(wsUrl, { headers: { cookie: other.cookie } });
      await Promise.all([nextEvent(watcher, (e) => e.type === 'hello'),
        nextEvent(bystander, (e) => e.type === 'hello')]);
      const bystanderSaw: unknown[] = [];
      bystander.on('message', (data) => bystanderSaw.push(JSON.parse(data.toString())));

      await fx.client.call('PUT', '/api/agent/conversations/c1/watch');
      const line = nextEvent(watcher, (e) => e.type === 'entry');
      await camille.say('mon vélo a disparu');
      const mine = await fx.client.call('GET', '/api/agent/conversations?state=mine');
      // a later event everyone sees: once the bystander has it, the line was dealt with
      const later = nextEvent(bystander, (e) => e.type === 'presence' && e.status === 'busy');
      await other.call('PUT', '/api/agent/presence', { status: 'busy' });
      await later;

      expect(await line).to.have.nested.property('entry.text', 'mon vélo a disparu');
      expect(mine.body.conversations).to.have.nested.property('[0].id', 'c1');
      expect(bystanderSaw.filter((e) => JSON.stringify(e).includes('vélo'))).to.deep.equal([]);
      watcher.close();
      bystander.close();
    });
});
