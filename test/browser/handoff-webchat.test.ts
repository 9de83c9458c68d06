import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { loadContent } from '../../content/renderer';
import { ConsolePage, pageErrors } from '../handoff/browser';
import { AppInBrowser, AGENT_LOGIN, AGENT_PASSWORD } from '../helpers/appInBrowser';

const content = loadContent();

/** The citizen's side: the real Web Chat page of the app. */
class ChatPage {
  constructor(readonly page: Page, readonly base: string) {}

  async open(): Promise<void> {
    await this.page.goto(this.base);
  }

  async say(text: string): Promise<void> {
    const input = this.page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(text);
    await input.press('Enter');
  }

  /**
   * Waits for a bubble from the bot side holding this text. The assistant's notices are
   * markdown, which Web Chat renders with typographic apostrophes ("d’attente").
   */
  async sees(text: string): Promise<void> {
    const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
    await this.page.locator('.webchat__bubble:not(.webchat__bubble--from-user)',
      { hasText: new RegExp(pattern) }).first().waitFor();
  }
}

describe('handoff end to end: a citizen in Web Chat, a gendarme in the console', function () {
  this.timeout(120_000);
  const world = AppInBrowser.use({ agent: true });

  it('asks for a gendarme, talks both ways, is handed back and rates the exchange', async () => {
    const agentPage = await world.browser.newPage({ locale: 'fr-FR' });
    const agentErrors = pageErrors(agentPage);
    const agent = new ConsolePage(agentPage, world.app.url);
    await agent.signIn(AGENT_LOGIN, AGENT_PASSWORD);
    const citizen = new ChatPage(await world.browser.newPage({ locale: 'fr-FR' }), world.app.url);
    await citizen.open();

    await citizen.say('Je voudrais parler à un gendarme');
    await citizen.sees(content.render('handoff/queued', { position: 1, minutes: 4 })
      .slice(0, 40));
    const item = agentPage.locator('#queue li').first();
    await item.waitFor();
    await item.click();
    await agent.claim();
    await citizen.sees(content.render('handoff/agent-joined').slice(0, 40));

    await agent.reply('Bonjour, gendarme Martin, je vous écoute.');
    await citizen.sees('Bonjour, gendarme Martin, je vous écoute.');
    await citizen.say('On a <b>cambriolé</b> ma cave');
    await agent.transcriptEntry('On a <b>cambriolé</b> ma cave').waitFor();

    await agent.close();
    await citizen.sees(content.render('handoff/rating-question').slice(0, 40));
    await citizen.say('5');
    await citizen.sees(content.render('handoff/rating-thanks').slice(0, 30));

    expect(agentErrors).to.deep.equal([]);
  });
});

describe('handoff in Web Chat while no gendarme is online', function () {
  this.timeout(120_000);
  const world = AppInBrowser.use();

  it('shows the emergency notice in bold, never as raw "**" (tester15\'s F0)', async () => {
    const citizen = new ChatPage(await world.browser.newPage({ locale: 'fr-FR' }), world.app.url);
    await citizen.open();

    await citizen.say('il me frappe, je suis enfermée dans la salle de bain, '
      + 'je ne peux pas appeler');
    await citizen.sees("Aucun gendarme n'est connecté au chat en ce moment.");

    const notice = citizen.page.locator('.webchat__bubble:not(.webchat__bubble--from-user)',
      { hasText: /Aucun gendarme n['’]est connecté/ }).first();
    expect(await notice.innerText()).not.to.contain('**');
    expect(await notice.locator('strong', { hasText: '112' }).count()).to.equal(1);
  });
});
