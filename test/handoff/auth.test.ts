import { expect } from 'chai';
import { ACCOUNTS, type AgentAccount } from '../../handoff/auth/accounts';
import { hashPassword, verifyPassword } from '../../handoff/auth/passwords';
import { SESSION_COOKIE } from '../../handoff/auth/cookies';
import { world } from './harness';

const PASSWORD = 'correct horse battery staple';

async function setup(overrides: Parameters<typeof world>[0] = {}) {
  const w = world(overrides);
  await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
  return w;
}

function cookieOf(token: string) {
  return { cookie: `other=1; ${SESSION_COOKIE}=${token}` };
}

describe('agent passwords', () => {
  it('hashes with salted scrypt and verifies only the right password', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);

    expect(first).to.match(/^scrypt\$16384\$8\$1\$/);
    expect(first).to.not.equal(second);
    expect(await verifyPassword(PASSWORD, first)).to.equal(true);
    expect(await verifyPassword('wrong password!!', first)).to.equal(false);
    expect(await verifyPassword(PASSWORD, 'scrypt$garbage')).to.equal(false);
  });

  it('refuses accounts with short passwords, bad logins, unknown roles or duplicates', async () => {
    const w = await setup();
    const accounts = w.handoff.accounts;

    const errors = await Promise.all([
      accounts.create('a.b', 'agent', 'short').catch((e: Error) => e.message),
      accounts.create('Bad Login!', 'agent', PASSWORD).catch((e: Error) => e.message),
      accounts.create('x.y', 'chief' as 'agent', PASSWORD).catch((e: Error) => e.message),
      accounts.create('g.martin', 'agent', PASSWORD).catch((e: Error) => e.message),
    ]);

    expect(errors[0]).to.match(/at least 12 characters/);
    expect(errors[1]).to.match(/login must be/);
    expect(errors[2]).to.match(/role must be one of agent, supervisor, admin/);
    expect(errors[3]).to.match(/already exists/);
  });
});

describe('agent sign-in and sessions', () => {
  it('signs in with the right password and authenticates the session cookie', async () => {
    const w = await setup();

    const { token } = await w.handoff.authenticator.signIn('g.martin', PASSWORD, '10.0.0.1');
    const principal = await w.handoff.authenticator.authenticate(
      { headers: cookieOf(token), method: 'GET' });

    expect(principal).to.deep.include({ agentId: 'g.martin', role: 'agent' });
  });

  it('gives the same answer for an unknown login and a wrong password', async () => {
    const w = await setup();

    const unknown = await w.handoff.authenticator.signIn('nobody', PASSWORD, 'ip')
      .catch((e: Error) => e.message);
    const wrong = await w.handoff.authenticator.signIn('g.martin', 'not the password', 'ip')
      .catch((e: Error) => e.message);

    expect(unknown).to.equal('wrong login or password');
    expect(wrong).to.equal('wrong login or password');
  });

  it('locks a login out from an address after 5 failures there, even with the right password',
    async () => {
      const w = await setup();
      const auth = w.handoff.authenticator;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await auth.signIn('g.martin', 'not the password', 'ip-1').catch(() => undefined);
      }

      const locked = await auth.signIn('g.martin', PASSWORD, 'ip-1')
        .catch((e: Error) => e.message);
      w.clock.advance(15 * 60_000);
      const later = await auth.signIn('g.martin', PASSWORD, 'ip-1');

      expect(locked).to.match(/too many failed attempts/);
      expect(later.session.agentId).to.equal('g.martin');
    });

  it('leaves the real agent able to sign in from their post while a citizen is locked out',
    async () => {
      const w = await setup();
      const auth = w.handoff.authenticator;
      for (let attempt = 0; attempt < 10; attempt += 1) {
        await auth.signIn('g.martin', 'not the password', 'citizen-ip').catch(() => undefined);
      }

      const attacker = await auth.signIn('g.martin', PASSWORD, 'citizen-ip')
        .catch((e: Error) => e.message);
      const agentPost = await auth.signIn('g.martin', PASSWORD, 'brigade-ip');

      expect(attacker).to.match(/too many failed attempts/);
      expect(agentPost.session.agentId).to.equal('g.martin');
    });

  it('locks a login guessed from many addresses, except from where it signed in before',
    async () => {
      const w = await setup();
      const auth = w.handoff.authenticator;
      await auth.signIn('g.martin', PASSWORD, 'brigade-ip');
      for (let attempt = 0; attempt < 20; attempt += 1) {
        await auth.signIn('g.martin', 'not the password', `bot-${attempt % 5}`)
          .catch(() => undefined);
      }

      const newAddress = await auth.signIn('g.martin', PASSWORD, 'new-ip')
        .catch((e: Error) => e.message);
      const guessAgain = await auth.signIn('g.martin', 'guess 21', 'bot-9')
        .catch((e: Error) => e.message);
      const agentPost = await auth.signIn('g.martin', PASSWORD, 'brigade-ip');

      expect(newAddress).to.match(/too many failed attempts/);
      expect(guessAgain).to.match(/too many failed attempts/);
      expect(agentPost.session.agentId).to.equal('g.martin');
    });

  it('slows down an address that guesses logins without locking real agents out', async () => {
    const w = await setup();
    const auth = w.handoff.authenticator;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await auth.signIn(`guess${attempt}`, 'not the password', '10.6.6.6').catch(() => undefined);
    }

    const guess = await auth.signIn('guess9', 'not the password', '10.6.6.6')
      .catch((e: Error) => e.message);
    const wrong = await auth.signIn('g.martin', 'not the password', '10.6.6.6')
      .catch((e: Error) => e.message);
    const real = await auth.signIn('g.martin', PASSWORD, '10.6.6.6');

    expect(guess).to.match(/too many failed attempts/);
    expect(wrong).to.match(/too many failed attempts/);
    expect(real.session.agentId).to.equal('g.martin');
  });

  it('doubles the lockout of a login each time it is locked again', async () => {
    const w = await setup();
    const auth = w.handoff.authenticator;
    const failFiveTimes = async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await auth.signIn('g.martin', 'not the password', 'ip-1').catch(() => undefined);
      }
    };
    await failFiveTimes();
    w.clock.advance(15 * 60_000);
    await failFiveTimes();

    w.clock.advance(15 * 60_000);
    const stillLocked = await auth.signIn('g.martin', PASSWORD, 'ip-1')
      .catch((e: Error) => e.message);
    w.clock.advance(15 * 60_000);
    const later = await auth.signIn('g.martin', PASSWORD, 'ip-1');

    expect(stillLocked).to.match(/too many failed attempts for this login, retry in 900 s/);
    expect(later.session.agentId).to.equal('g.martin');
  });

  it('expires a session after inactivity and after its absolute lifetime', async () => {
    const w = await setup({ sessions: { idleMs: 30 * 60_000, absoluteMs: 60 * 60_000 } });
    const auth = w.handoff.authenticator;
    const idle = await auth.signIn('g.martin', PASSWORD, 'ip');
    const busy = await auth.signIn('g.martin', PASSWORD, 'ip');

    for (let step = 0; step < 3; step += 1) {
      w.clock.advance(20 * 60_000);
      await auth.authenticate({ headers: cookieOf(busy.token), method: 'GET' });
    }

    expect(await auth.authenticate({ headers: cookieOf(idle.token), method: 'GET' }))
      .to.equal(undefined);
    expect(await auth.authenticate({ headers: cookieOf(busy.token), method: 'GET' }))
      .to.equal(undefined);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const w = await setup();
    const { token, session } = await w.handoff.authenticator.signIn('g.martin', PASSWORD, 'ip');
    const auth = w.handoff.authenticator;

    const without = await auth.check({ headers: cookieOf(token), method: 'POST' })
      .catch((e: Error) => e.message);
    const wrong = await auth.check({ headers: { ...cookieOf(token), 'x-csrf-token': 'nope' },
      method: 'POST' }).catch((e: Error) => e.message);
    const right = await auth.check({ headers: { ...cookieOf(token),
      'x-csrf-token': session.csrfToken }, method: 'POST' });

    expect(without).to.match(/x-csrf-token/);
    expect(wrong).to.match(/x-csrf-token/);
    expect(right.agentId).to.equal('g.martin');
  });

  it('ends the sessions of a disabled account at once', async () => {
    const w = await setup();
    const { token } = await w.handoff.authenticator.signIn('g.martin', PASSWORD, 'ip');

    await w.handoff.accounts.setDisabled('g.martin', true);

    expect(await w.handoff.authenticator.authenticate({ headers: cookieOf(token) }))
      .to.equal(undefined);
  });

  it('stores only a hash of the session cookie', async () => {
    const w = await setup();
    const { token } = await w.handoff.authenticator.signIn('g.martin', PASSWORD, 'ip');

    const stored = JSON.stringify([...w.database.collection({ name: 'agent_sessions' }).docs]);

    expect(stored).to.not.include(token);
  });
});

describe('agent logins: spaces and capitals are not part of a login', () => {
  it('signs in whatever the case and surrounding spaces of the login typed', async () => {
    const w = await setup();

    for (const typed of ['G.Martin', 'g.martin ', '  G.MARTIN\t']) {
      const { session } = await w.handoff.authenticator.signIn(typed, PASSWORD, '10.0.0.1');
      expect(session.agentId, typed).to.equal('g.martin');
    }
  });

  it('creates accounts the same way, so a second one with capitals is a duplicate', async () => {
    const w = await setup();
    const accounts = w.handoff.accounts;

    const created = await accounts.create(' P.Durand ', 'agent', PASSWORD);
    const duplicate = await accounts.create('G.MARTIN', 'agent', PASSWORD)
      .catch((e: Error) => e.message);

    expect(created.id).to.equal('p.durand');
    expect(duplicate).to.match(/already exists/);
    expect((await accounts.list()).map((account) => account.login))
      .to.deep.equal(['g.martin', 'p.durand']);
  });

  it('still signs in an account stored with capitals before logins were lowered', async () => {
    const w = await setup();
    await w.database.collection<AgentAccount>(ACCOUNTS).insert({ id: 'Admin', role: 'admin',
      passwordHash: await hashPassword(PASSWORD), disabled: false, createdAt: new Date() });

    const { session } = await w.handoff.authenticator.signIn('admin ', PASSWORD, '10.0.0.1');
    await w.handoff.accounts.setPassword('ADMIN', `${PASSWORD} 2`);
    const again = await w.handoff.authenticator.signIn('Admin', `${PASSWORD} 2`, '10.0.0.2');

    expect(session.agentId).to.equal('Admin');
    expect(again.session.agentId).to.equal('Admin');
  });

  it('counts failures of one login together, whatever its case', async () => {
    const w = await setup();

    for (const typed of ['G.Martin', 'g.martin', 'G.MARTIN ', 'g.Martin', 'G.martin']) {
      await w.handoff.authenticator.signIn(typed, 'wrong password!!', '10.0.0.9')
        .catch(() => undefined);
    }
    const locked = await w.handoff.authenticator.signIn('g.martin', PASSWORD, '10.0.0.9')
      .catch((e: Error) => e.message);

    expect(locked).to.match(/too many failed attempts/);
  });
});
