import { ActivityHandler } from 'botbuilder';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OTV_REQUESTS, OtvStore, registerOtvRoutes } from '../../dialogs/procedures/otv';
import type { OtvContent, OtvRequest } from '../../dialogs/procedures/otv/types';
import { createHandoff } from '../../handoff';
import { registerRecordRoutes } from '../../records/routes';
import { PRE_COMPLAINTS, PreComplaintStore } from '../../records/store';
import type { PreComplaintRecord } from '../../records/types';
import type { AssistantFactory } from '../../server/compose';
import { pageErrors } from '../handoff/browser';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium, skipWithoutBrowser } from '../helpers/chromium';

export const LOGIN = 'g.martin';
export const PASSWORD = 'correct horse battery staple';

/** A holiday-watch request, far enough ahead that no purge date has passed. */
export function otvContent(from = '2030-07-12', to = '2030-07-26'): OtvContent {
  const commune = { inseeCode: '35238', name: 'Rennes', postcode: '35000' };
  return {
    absence: { from, to },
    address: { street: '12 rue des Lilas', commune },
    home: 'house', access: 'digicode 4521', alarm: true, keysLeft: false, vehicles: '',
    contact: { name: 'Jean Voisin', phone: '+33698765432' },
    applicant: { name: 'Camille Martin', phone: '+33612345678' },
  };
}

/**
 * The real app with the parts the "Dossiers" view needs, wired as server/fullAssistant.ts
 * wires them: the handoff (console, agent API, socket) and both case-file stores with
 * their gendarme APIs, on the app's own database; no recogniser to load.
 */
export class RecordsConsole {
  app!: RunningApp;
  browser!: Browser;
  context!: BrowserContext;
  preComplaints!: PreComplaintStore;
  otv!: OtvStore;

  /** Registers the mocha hooks: one app and one browser for the file, a context a test. */
  static use(): RecordsConsole {
    const fixture = new RecordsConsole();
    const assistant: AssistantFactory = async ({ database, proactive, content }) => {
      const handoff = createHandoff({ database, sender: proactive, content });
      await handoff.accounts.create(LOGIN, 'agent', PASSWORD);
      fixture.preComplaints = new PreComplaintStore(
        database.collection<PreComplaintRecord>(PRE_COMPLAINTS));
      fixture.otv = new OtvStore(database.collection<OtvRequest>(OTV_REQUESTS));
      const { authenticator } = handoff;
      return { bot: new ActivityHandler(), middleware: [handoff.middleware], ready: () => true,
        mounts: [(server) => handoff.registerRoutes(server),
          (server) => registerOtvRoutes(server, { store: fixture.otv, authenticator }),
          (server) => registerRecordRoutes(server,
            { store: fixture.preComplaints, authenticator })],
        upgrades: [(req, socket, head) => handoff.socket.handleUpgrade(req, socket, head)],
        close: () => handoff.close() };
    };

    before(async function () {
      skipWithoutBrowser(this);
      fixture.app = await startApp({ assistant });
      fixture.browser = await launchChromium();
    });
    after(async () => {
      await fixture.browser?.close();
      await fixture.app?.stop();
    });
    beforeEach(async () => {
      fixture.context = await fixture.browser.newContext();
    });
    afterEach(() => fixture.context?.close());

    return fixture;
  }

  /** A signed-in console on the "Dossiers" view, and the page's script errors. */
  async openRecords(width?: number): Promise<{ page: Page; errors: string[] }> {
    const page = await this.context.newPage();
    if (width !== undefined) {
      await page.setViewportSize({ width, height: 740 });
    }
    const errors = pageErrors(page);
    await page.goto(`${this.app.url}/agent/`);
    await page.fill('#signin-login', LOGIN);
    await page.fill('#signin-password', PASSWORD);
    await page.click('#signin-submit');
    await page.locator('#app-view').waitFor({ state: 'visible' });
    await page.click('#tab-records');
    await page.locator('#records-view').waitFor({ state: 'visible' });
    return { page, errors };
  }
}

/** The list's entry of a case file. */
export function item(page: Page, reference: string) {
  return page.locator(`#records .record-item[data-reference="${reference}"]`);
}

/** Opens a case file from the list and waits for it. */
export async function openFile(page: Page, reference: string): Promise<void> {
  await item(page, reference).click();
  await page.locator('#record-title', { hasText: reference }).waitFor();
}
