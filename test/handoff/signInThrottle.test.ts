import { expect } from 'chai';
import { addressTagger } from '../../handoff/auth/addressTag';
import { captureLogs } from '../helpers/logCapture';
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

  it('tells colleagues behind one address the truth: a wrong password, the address slowed',
    async () => {
      const w = world({ trustedProxies: [] });
      for (const login of ['g.martin', 'g.dupont', 'g.leroy']) {
        await w.handoff.accounts.create(login, 'agent', PASSWORD);
      }
      server = await startAgentServer(w.handoff);
      const client = new AgentClient(server.url);
      const wrong = (login: string) => client.call('POST', '/api/agent/session',
        { login, password: 'a typo in it' });
      await wrong('g.martin');
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await wrong('g.dupont');
      }

      const leroy = await wrong('g.leroy');
      const dupontAgain = [await wrong('g.dupont'), await wrong('g.dupont')];
      const leroyRight = await client.signIn('g.leroy', PASSWORD);
      const dupontRight = await client.signIn('g.dupont', PASSWORD);

      expect(leroy.status).to.equal(429);
      expect(leroy.body).to.have.nested.property('error.code', 'address_locked');
      expect(leroy.body).to.have.nested.property('error.message')
        .that.matches(/^wrong login or password; too many failed attempts from this address/);
      expect(leroy.body).to.have.nested.property('error.retryAfter').within(1, 900);
      expect(dupontAgain.map((answer) => answer.status)).to.deep.equal([429, 429]);
      // a colleague's right password gets in; g.dupont's fifth wrong one locked his login,
      // and that is what he is told (a slowed address gives no extra guesses)
      expect(leroyRight.status).to.equal(200);
      expect(dupontAgain[0].body).to.have.nested.property('error.code', 'locked');
      expect(dupontRight.body).to.have.nested.property('error.message')
        .that.matches(/too many failed attempts for this login/);
    });

  it('forgets a login\'s typos from an address once it signed in there (tester12 F13)',
    async () => {
      const client = new AgentClient(await start([]));
      const wrong = () => client.call('POST', '/api/agent/session',
        { login: 'g.martin', password: 'wrong password here' });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await wrong();
      }
      await client.signIn('g.martin', PASSWORD);

      const later = [(await wrong()).status, (await wrong()).status];

      expect(later).to.deep.equal([401, 401]);
      expect((await client.signIn('g.martin', PASSWORD)).status).to.equal(200);
    });

  it('still counts the other logins\' failures from that address after a sign-in',
    async () => {
      const client = new AgentClient(await start([]));
      for (let attempt = 0; attempt < 4; attempt += 1) {
        await client.call('POST', '/api/agent/session',
          { login: `made.up${attempt}`, password: 'whatever password' });
      }
      await client.signIn('g.martin', PASSWORD);

      const fifth = await client.call('POST', '/api/agent/session',
        { login: 'made.up9', password: 'whatever password' });

      expect(fifth.status).to.equal(429);
    });

  it('still locks a login after five wrong passwords in a row, even after a sign-in',
    async () => {
      const client = new AgentClient(await start([]));
      await client.signIn('g.martin', PASSWORD);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        statuses.push((await client.call('POST', '/api/agent/session',
          { login: 'g.martin', password: 'wrong password here' })).status);
      }

      const right = await client.call('POST', '/api/agent/session',
        { login: 'g.martin', password: PASSWORD });

      expect(statuses[4]).to.equal(429);
      expect(right.status).to.equal(429);
      expect(right.body).to.have.nested.property('error.code', 'locked');
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

  it('never lets a citizen who knows a login lock the gendarme out of their post', async () => {
    const url = await start(['127.0.0.1']);
    const citizen: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      citizen.push(await signInFrom(url, 'g.martin', `guess ${attempt}`, '203.0.113.1'));
    }

    const citizenRight = await signInFrom(url, 'g.martin', PASSWORD, '203.0.113.1');
    const gendarme = await signInFrom(url, 'g.martin', PASSWORD, '198.51.100.7');

    expect(citizen).to.deep.equal([401, 401, 401, 401, 429, 429, 429]);
    expect([citizenRight, gendarme]).to.deep.equal([429, 200]);
  });

  it('logs which account failed to sign in and a tag of the address, never the address',
    async () => {
      const url = await start(['127.0.0.1']);
      const capture = captureLogs();
      try {
        await signInFrom(url, 'g.martin', 'wrong password', '203.0.113.7');
        await signInFrom(url, 'g.martin', 'wrong password', '203.0.113.7');
        await signInFrom(url, 'mon mot de passe secret', 'x', '203.0.113.8');
      } finally {
        capture.stop();
      }

      const failed = capture.lines.map((line): unknown => JSON.parse(line))
        .filter((line) => typeof line === 'object' && line !== null
          && Reflect.get(line, 'event') === 'auth.signin.failed');
      const text = JSON.stringify(failed);
      expect(failed).to.have.length(3);
      expect(failed[0]).to.include({ known: true, agentId: 'g.martin', locked: false });
      expect(Reflect.get(Object(failed[0]), 'from')).to.match(/^[0-9a-f]{12}$/);
      expect(Reflect.get(Object(failed[0]), 'from'))
        .to.equal(Reflect.get(Object(failed[1]), 'from'));
      expect(Reflect.get(Object(failed[2]), 'from'))
        .not.to.equal(Reflect.get(Object(failed[0]), 'from'));
      expect(failed[2]).to.include({ known: false }).and.not.to.have.property('agentId');
      expect(text).not.to.contain('203.0.113').and.not.to.contain('mot de passe');
    });
});

describe('address tags in security logs', () => {
  it('give one tag per address and key, and another with another key', () => {
    const tag = addressTagger(Buffer.alloc(32, 1));

    expect(tag('203.0.113.7')).to.equal(tag('203.0.113.7'));
    expect(tag('203.0.113.7')).not.to.equal(tag('203.0.113.8'));
    expect(addressTagger(Buffer.alloc(32, 2))('203.0.113.7')).not.to.equal(tag('203.0.113.7'));
  });
});
