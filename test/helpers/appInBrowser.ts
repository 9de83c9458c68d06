import type { Browser } from 'playwright-core';
import { ACCOUNTS, AccountStore, type AgentAccount } from '../../handoff/auth/accounts';
import { startApp, type RunningApp, type StartOptions } from './app';
import { launchChromium, skipWithoutBrowser } from './chromium';

export const AGENT_LOGIN = 'g.martin';
export const AGENT_PASSWORD = 'correct horse battery staple';

export interface AppInBrowserOptions {
  /** Creates the agent account g.martin, for specs where a gendarme takes part. */
  agent?: boolean;
  start?: StartOptions;
}

/**
 * What the Web Chat browser specs share: the whole app and one headless Chromium for the
 * suite. Read the fields inside the tests: the hooks fill them.
 */
export class AppInBrowser {
  app!: RunningApp;
  browser!: Browser;

  /** Registers the mocha hooks of the enclosing describe(). */
  static use(options: AppInBrowserOptions = {}): AppInBrowser {
    const fixture = new AppInBrowser();

    before(async function () {
      skipWithoutBrowser(this);
      fixture.app = await startApp(options.start);
      fixture.browser = await launchChromium();
      if (options.agent === true) {
        const accounts = new AccountStore(fixture.app.database.collection<AgentAccount>(ACCOUNTS));
        await accounts.create(AGENT_LOGIN, 'agent', AGENT_PASSWORD);
      }
    });
    after(async () => {
      await fixture.browser?.close();
      await fixture.app?.stop();
    });

    return fixture;
  }
}
