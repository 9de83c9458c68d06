import { world, type World } from './harness';
import { AgentClient, type RunningServer, startAgentServer } from './server';

export const AGENT_LOGIN = 'g.martin';
export const SUPERVISOR_LOGIN = 'chef';
export const API_PASSWORD = 'correct horse battery staple';

export interface ApiFixtureOptions {
  /** Also create the supervisor account "chef". */
  supervisor?: boolean;
  /** Sign the client in before each test: as g.martin, or as chef ('supervisor'). */
  signedIn?: boolean | 'supervisor';
}

/**
 * What the agent API specs share: for each test a fresh handoff world with the agent
 * g.martin (and the supervisor chef if asked), its server, and an HTTP client, signed in if
 * asked. Read the fields inside the tests: the hooks fill them.
 */
export class ApiFixture {
  w!: World;
  server!: RunningServer;
  client!: AgentClient;

  /** Registers the mocha hooks of the enclosing describe(). */
  static use(options: ApiFixtureOptions = {}): ApiFixture {
    const fixture = new ApiFixture();

    beforeEach(async () => {
      fixture.w = world();
      await fixture.w.handoff.accounts.create(AGENT_LOGIN, 'agent', API_PASSWORD);
      if (options.supervisor || options.signedIn === 'supervisor') {
        await fixture.w.handoff.accounts.create(SUPERVISOR_LOGIN, 'supervisor', API_PASSWORD);
      }
      fixture.server = await startAgentServer(fixture.w.handoff);
      fixture.client = new AgentClient(fixture.server.url);
      if (options.signedIn) {
        const login = options.signedIn === 'supervisor' ? SUPERVISOR_LOGIN : AGENT_LOGIN;
        await fixture.client.signIn(login, API_PASSWORD);
      }
    });
    afterEach(() => fixture.server.close());

    return fixture;
  }
}
