import { expect } from 'chai';
import { ActivityHandler, MessageFactory } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../content/renderer';
import type { AssistantFactory } from '../../server/compose';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium, skipWithoutBrowser } from '../helpers/chromium';

const content = loadContent();
const HELP = content.render('bot/help');
const ASK_SAFE = content.render('procedures/violence/ask_safe');
const SAFE = content.render('procedures/violence/labels.safe');
const UNSAFE = content.render('procedures/violence/labels.unsafe');

/** Answers any message with the help text (numbers), then « Êtes-vous en sécurité ? ». */
const assistant: AssistantFactory = async () => {
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(HELP);
    await context.sendActivity(MessageFactory.suggestedActions([SAFE, UNSAFE], ASK_SAFE));
    await next();
  });
  return { bot, middleware: [], ready: () => true };
};

async function converse(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill('bonjour');
  await input.press('Enter');
  await page.getByRole('button', { name: UNSAFE }).waitFor();
}

describe('Web Chat on a 390 px phone (headless Chromium)', function () {
  this.timeout(90_000);
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  before(async function () {
    skipWithoutBrowser(this);
    app = await startApp({ assistant });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    await converse(page, app.url);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows every suggested action whole, none under a scroll arrow', async () => {
    const buttons = page.locator('.webchat__suggested-actions button');
    const boxes = await Promise.all((await buttons.all()).map((button) => button.boundingBox()));
    const texts = await buttons.allTextContents();

    expect(texts.map((text) => text.trim())).to.include.members([SAFE, UNSAFE]);
    for (const [index, box] of boxes.entries()) {
      expect(box, texts[index]).not.to.equal(null);
      expect(box?.x ?? -1, texts[index]).to.be.at.least(0);
      expect((box?.x ?? 0) + (box?.width ?? 0), texts[index]).to.be.at.most(390);
    }
    expect(await page.locator('.webchat__suggested-actions button[aria-label*="ext" i]:visible,'
      + ' .react-film__flipper:visible').count(), 'scroll arrows').to.equal(0);
  });

  it("makes the emergency numbers of the bot's answer links to call them", async () => {
    const answer = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)',
      { hasText: 'Je peux' });

    expect(await answer.locator('a[href="tel:17"]').count()).to.equal(1);
    expect(await answer.locator('a[href="tel:112"]').count()).to.equal(1);
    expect(await answer.locator('a[href="tel:17"]').textContent()).to.equal('17');
    expect(await answer.locator('button').count(), 'no number turned into a button').to.equal(0);
  });

  it('tells the time on the French 24-hour clock, shown and read out', async () => {
    const spoken = await page.locator('.bn-time .bn-sr-only').allTextContents();
    const shown = await page.locator('.bn-time [aria-hidden="true"]').allTextContents();
    const statuses = await page.locator('[class*="activity-status"], .bn-time')
      .allTextContents();

    expect(spoken).not.to.be.empty;
    for (const said of spoken) {
      expect(said).to.match(/^Envoyé le \d{1,2} [a-zéû]+ à ([01]\d|2[0-3]):[0-5]\d$/);
    }
    for (const time of shown) {
      expect(time).to.match(/^([01]\d|2[0-3]):[0-5]\d$/);
    }
    expect(statuses.join(' ')).not.to.match(/\b[AP]M\b/);
  });

  it('reads out the time of every bot message on the 24-hour clock, even when hidden', async () => {
    // the two replies come in the same minute: Web Chat shows the time under the last one
    // only, but still has the first one's read out
    const replies = page.locator('.webchat__basic-transcript__activity',
      { has: page.locator('.webchat__bubble:not(.webchat__bubble--from-user)') });
    const heard = await replies.allTextContents();

    expect(heard).to.have.length(2);
    for (const reply of heard) {
      expect(reply).to.match(/Envoyé le \d{1,2} [a-zéû]+ à ([01]\d|2[0-3]):[0-5]\d/);
      expect(reply).not.to.match(/\b[AP]M\b/);
    }
  });
});
