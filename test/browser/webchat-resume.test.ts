import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { AppInBrowser } from '../helpers/appInBrowser';

const FIRST = 'Comment faire une procuration pour voter ?';
const SECOND = 'Et pour une carte grise volée ?';
const KEY = 'brigade.conversation';

/** The conversation id of every activity the page receives on its Direct Line socket. */
function conversationIds(page: Page): Set<string> {
  const ids = new Set<string>();
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      const text = String(payload);
      if (text !== '') {
        const frame: unknown = JSON.parse(text);
        const activities: unknown = typeof frame === 'object' && frame !== null
          ? Reflect.get(frame, 'activities') : undefined;
        for (const activity of Array.isArray(activities) ? activities : []) {
          const conversation: unknown = Reflect.get(activity, 'conversation');
          const id: unknown = typeof conversation === 'object' && conversation !== null
            ? Reflect.get(conversation, 'id') : undefined;
          if (typeof id === 'string') {
            ids.add(id);
          }
        }
      }
    });
  });
  return ids;
}

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
  await page.locator('.webchat__bubble--from-user', { hasText: text }).waitFor();
}

/** Waits until the bot has answered the last message (one more bot bubble than before). */
async function answered(page: Page, botBubblesBefore: number): Promise<void> {
  const bot = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
  await page.waitForFunction(
    ([selector, before]) => document.querySelectorAll(String(selector)).length > Number(before),
    ['.webchat__bubble:not(.webchat__bubble--from-user)', botBubblesBefore]);
  expect(await bot.count()).to.be.greaterThan(botBubblesBefore);
}

async function botBubbles(page: Page): Promise<number> {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').count();
}

describe('a reloaded chat page goes on with its conversation (headless Chromium)', function () {
  this.timeout(90_000);

  const world = AppInBrowser.use();

  it('shows the history again after a reload and keeps writing in the same conversation',
    async () => {
      const page = await world.browser.newPage({ locale: 'fr-FR' });
      const ids = conversationIds(page);
      await page.goto(world.app.url);
      await page.locator('.webchat__bubble').first().waitFor();
      const before = await botBubbles(page);
      await send(page, FIRST);
      await answered(page, before);
      await page.waitForFunction((key) => sessionStorage.getItem(key) !== null, KEY);

      await page.reload();
      await page.locator('.webchat__bubble--from-user', { hasText: FIRST }).waitFor();
      const afterReload = await botBubbles(page);
      await send(page, SECOND);
      await answered(page, afterReload);

      expect([...ids]).to.have.length(1);
      expect(await page.locator('#chat-expired').isVisible()).to.equal(false);
      await page.close();
    });

  it('starts a new conversation, without an error, when the kept token is refused',
    async () => {
      const page = await world.browser.newPage({ locale: 'fr-FR' });
      const ids = conversationIds(page);
      // as a tab would hold it after 30 minutes away, or altered by hand
      await page.addInitScript((key) => sessionStorage.setItem(key,
        JSON.stringify({ conversationId: 'someone-else', token: 'forged.token.value' })), KEY);

      await page.goto(world.app.url);
      await page.locator('.webchat__bubble').first().waitFor();
      const before = await botBubbles(page);
      await send(page, FIRST);
      await answered(page, before);

      expect(await page.locator('#chat-status').count()).to.equal(0);
      expect([...ids]).to.have.length(1);
      expect([...ids]).not.to.include('someone-else');
      await page.close();
    });

  it('tells the citizen that the kept conversation expired, and only then', async () => {
    const expired = await world.browser.newPage({ locale: 'fr-FR' });
    await expired.addInitScript((key) => sessionStorage.setItem(key,
      JSON.stringify({ conversationId: 'gone', token: 'expired.token.value' })), KEY);
    const first = await world.browser.newPage({ locale: 'fr-FR' });

    await expired.goto(world.app.url);
    await expired.locator('.webchat__bubble').first().waitFor();
    await first.goto(world.app.url);
    await first.locator('.webchat__bubble').first().waitFor();

    const notice = expired.locator('#chat-expired');
    expect(await notice.isVisible()).to.equal(true);
    expect(await notice.getAttribute('role')).to.equal('status');
    expect(await notice.innerText()).to.match(/conversation précédente a expiré/);
    expect(await notice.innerText()).to.match(/17 ou le 112/);
    expect(await first.locator('#chat-expired').isVisible()).to.equal(false);
    await expired.close();
    await first.close();
  });

  it('forgets the conversation on a quick exit: coming back starts a new one', async () => {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    await page.goto(world.app.url);
    await send(page, FIRST);
    await page.waitForFunction((key) => sessionStorage.getItem(key) !== null, KEY);

    await page.locator('[data-quick-exit]').click();
    await page.waitForURL(/\/neutre$/);
    const kept: unknown = await page.evaluate((key) => sessionStorage.getItem(key), KEY);
    await page.goto(world.app.url);
    await page.locator('.webchat__bubble').first().waitFor();

    expect(kept).to.equal(null);
    expect(await page.locator('.webchat__bubble--from-user', { hasText: FIRST }).count())
      .to.equal(0);
    await page.close();
  });
});
