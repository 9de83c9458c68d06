import { expect } from 'chai';
import { AgentClient, type RunningServer, startAgentServer } from './server';
import { world } from './harness';

const PASSWORD = 'correct horse battery staple';

async function signInFrom(url: string, login: string, password: string, forwardedFor: string):
Promise<number> {
  const response = await fetch(`${url}/api/agent/session`, { method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ login, password }) });
  return response.status;
}

describe('sign-in throttling over HTTP', () => {
  let server: RunningServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(trustedProxies: string[]): Promise<string> {
    const w = world({ trustedProxies });
    await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
    server = await startAgentServer(w.handoff);
    return server.url;
  }

  it('still lets the real agent in after made-up logins from the same address', async () => {
    const client = new AgentClient(await start([]));
    const guesses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      guesses.push((await client.call('POST', '/api/agent/session',
        { login: `made.up${attempt}`, password: 'whatever password' })).status);
    }

    const real = await client.signIn('g.martin', PASSWORD);

    expect(guesses).to.deep.equal([401, 401, 401, 401, 429, 429]);
    expect(real.status).to.equal(200);
  });

  it('ignores X-Forwarded-For without a trusted proxy: rotating it escapes nothing',
    async () => {
      const url = await start([]);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await signInFrom(url, `made.up${attempt}`, 'whatever password', `203.0.113.${attempt}`);
      }

      expect(await signInFrom(url, 'made.up9', 'whatever password', '203.0.113.99'))
        .to.equal(429);
    });

  it('throttles each client behind a trusted proxy on its own', async () => {
    const url = await start(['127.0.0.1']);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signInFrom(url, `made.up${attempt}`, 'whatever password', '203.0.113.1');
    }

    const sameClient = await signInFrom(url, 'made.up9', 'whatever password', '203.0.113.1');
    const otherClient = await signInFrom(url, 'made.up9', 'whatever password', '203.0.113.2');

    expect([sameClient, otherClient]).to.deep.equal([429, 401]);
  });
});
