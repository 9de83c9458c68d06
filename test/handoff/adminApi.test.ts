import { expect } from 'chai';
import { AgentClient, type RunningServer, startAgentServer } from './server';
import { world, type World } from './harness';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'another long enough secret';

describe('agent accounts through the API (server running)', () => {
  let w: World;
  let server: RunningServer;
  let admin: AgentClient;

  beforeEach(async () => {
    w = world();
    await w.handoff.accounts.create('root', 'admin', PASSWORD);
    await w.handoff.accounts.create('g.martin', 'agent', PASSWORD);
    server = await startAgentServer(w.handoff);
    admin = new AgentClient(server.url);
    await admin.signIn('root', PASSWORD);
  });

  afterEach(() => server.close());

  it('lets an admin create an agent who can then sign in, and audits it', async () => {
    const created = await admin.call('POST', '/api/agent/admin/agents',
      { login: 'a.durand', role: 'supervisor', password: NEW_PASSWORD });
    const signedIn = await new AgentClient(server.url).signIn('a.durand', NEW_PASSWORD);
    const audit = await admin.call('GET', '/api/agent/audit');

    expect(created.status).to.equal(201);
    expect(created.body).to.deep.equal({ login: 'a.durand', role: 'supervisor',
      disabled: false });
    expect(signedIn.status).to.equal(200);
    expect(JSON.stringify(audit.body)).to.include('"action":"agent-create"')
      .and.include('"detail":"a.durand:supervisor"').and.not.include(NEW_PASSWORD);
  });

  it('lists, disables and re-enables accounts, and changes a password', async () => {
    const disabled = await admin.call('PUT', '/api/agent/admin/agents/g.martin',
      { disabled: true });
    const refused = await new AgentClient(server.url).signIn('g.martin', PASSWORD);
    await admin.call('PUT', '/api/agent/admin/agents/g.martin',
      { disabled: false, password: NEW_PASSWORD });
    const again = await new AgentClient(server.url).signIn('g.martin', NEW_PASSWORD);
    const list = await admin.call('GET', '/api/agent/admin/agents');

    expect(disabled.body).to.deep.equal({ login: 'g.martin', role: 'agent', disabled: true });
    expect(refused.status).to.equal(401);
    expect(again.status).to.equal(200);
    expect(list.body.agents).to.deep.equal([
      { login: 'g.martin', role: 'agent', disabled: false },
      { login: 'root', role: 'admin', disabled: false }]);
  });

  it('is for admins only, and needs the CSRF token', async () => {
    const agent = new AgentClient(server.url);
    await agent.signIn('g.martin', PASSWORD);
    const byAgent = await agent.call('POST', '/api/agent/admin/agents',
      { login: 'x.y', role: 'admin', password: NEW_PASSWORD });
    admin.csrf = '';
    const noCsrf = await admin.call('POST', '/api/agent/admin/agents',
      { login: 'x.y', role: 'admin', password: NEW_PASSWORD });

    expect([byAgent.status, noCsrf.status]).to.deep.equal([403, 403]);
    expect(byAgent.body).to.have.nested.property('error.code', 'forbidden');
    expect(await w.handoff.accounts.get('x.y')).to.equal(undefined);
  });

  it('answers each bad request with a clear error', async () => {
    const call = (body: Record<string, unknown>) =>
      admin.call('POST', '/api/agent/admin/agents', body);

    const answers = await Promise.all([
      call({ login: 'Bad Login!', role: 'agent', password: NEW_PASSWORD }),
      call({ login: 'a.b', role: 'chief', password: NEW_PASSWORD }),
      call({ login: 'a.b', role: 'agent', password: 'short' }),
      call({ login: 'g.martin', role: 'agent', password: NEW_PASSWORD }),
      call({ login: 'a.b', role: 'agent' }),
      admin.call('PUT', '/api/agent/admin/agents/nobody', { disabled: true }),
      admin.call('PUT', '/api/agent/admin/agents/g.martin', { disabled: 'yes' }),
      admin.call('PUT', '/api/agent/admin/agents/g.martin', {}),
      admin.call('PUT', '/api/agent/admin/agents/root', { disabled: true }),
      admin.call('PUT', '/api/agent/admin/agents/ROOT%20', { disabled: true }),
    ]);

    expect(answers.map((answer) => [answer.status,
      String((answer.body.error as { message?: string } | undefined)?.message)]))
      .to.deep.equal([
        [400, 'login must be 2-64 characters: lower-case letters, digits, ".", "_", "-"'],
        [400, 'role must be one of agent, supervisor, admin'],
        [400, 'password must be at least 12 characters'],
        [409, 'an account named g.martin already exists'],
        [400, 'password must be a non-empty string'],
        [404, 'no account named nobody'],
        [400, 'disabled must be true or false'],
        [400, 'give password and/or disabled'],
        [400, 'an admin cannot disable their own account'],
        [400, 'an admin cannot disable their own account'],
      ]);
  });
});
