import type { Browser, BrowserContext } from 'playwright-core';
import { skipWithoutBrowser } from '../helpers/chromium';
import { launchChromium } from './browser';
import { world, type World } from './harness';
import { type RunningServer, startAgentServer } from './server';

export const CONSOLE_LOGIN = 'g.martin';
export const CONSOLE_PASSWORD = 'correct horse battery staple';

/**
 * What the console specs share: one browser for the suite, and for each test a fresh
 * handoff world with the agent g.martin, its server and a browser context of its own.
 * Read the fields inside the tests: the hooks fill them.
 */
export class ConsoleFixture {
  browser!: Browser;
  context!: BrowserContext;
  w!: World;
  server!: RunningServer;

  /** Registers the mocha hooks of the enclosing describe(). */
  static use(): ConsoleFixture {
    const fixture = new ConsoleFixture();

    before(async function () {
      skipWithoutBrowser(this);
      fixture.browser = await launchChromium();
    });
    // the browser is missing when its launch failed or was skipped: nothing to close then
    after(() => fixture.browser?.close());
    beforeEach(async () => {
      fixture.w = world();
      await fixture.w.handoff.accounts.create(CONSOLE_LOGIN, 'agent', CONSOLE_PASSWORD);
      fixture.server = await startAgentServer(fixture.w.handoff);
      fixture.context = await fixture.browser.newContext();
    });
    afterEach(async () => {
      await fixture.context?.close();
      await fixture.server?.close();
    });

    return fixture;
  }
}
