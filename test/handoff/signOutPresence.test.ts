import { expect } from 'chai';
import { AgentClient, type RunningServer, startAgentServer } from './server';
import { world, type World } from './harness';

const PASSWORD = 'correct horse battery staple';

describe('signing out with two consoles open (tester14 F9)', () => {
  let w: World;
  let server: RunningServer;
  let first: AgentClient;
  let second: AgentClient;

  beforeEach(async () => {
    w = world();
    await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
    server = await startAgentServer(w.handoff);
    first = new AgentClient(server.url);
    second = new AgentClient(server.url);
    await first.signIn('g.martin', PASSWORD);
    await second.signIn('g.martin', PASSWORD);
  });

  afterEach(() => server.close());

  it('keeps the gendarme online while another browser is still signed in', async () => {
    const signedOut = await second.call('DELETE', '/api/agent/session');

    expect(signedOut.status).to.equal(200);
    expect(signedOut.body).to.include({ signedOut: true, presence: 'online' });
    expect(w.handoff.presence.get('g.martin')).to.equal('online');
    expect((await first.call('GET', '/api/agent/session')).status).to.equal(200);
  });

  it('makes him offline when the last one signs out', async () => {
    await second.call('DELETE', '/api/agent/session');

    const last = await first.call('DELETE', '/api/agent/session');

    expect(last.body).to.include({ signedOut: true, presence: 'offline' });
    expect(w.handoff.presence.get('g.martin')).to.equal('offline');
  });
});
