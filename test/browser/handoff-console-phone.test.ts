import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { ConsolePage } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

const PHONE = { width: 375, height: 740 };

/** True when the element's whole box lies inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

describe('agent console on a phone', function () {
  this.timeout(90_000);
  const fx = ConsoleFixture.use();

  it('brings the tapped conversation into view, its "Prendre" button on screen', async () => {
    const page = await fx.context.newPage();
    await page.setViewportSize(PHONE);
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    for (let index = 1; index <= 25; index += 1) {
      const citizen = fx.w.citizen(`c${index}`);
      await citizen.say(`bonjour, on m'a volé mon vélo hier soir (${index})`);
      await citizen.say('je veux parler à un gendarme');
    }
    await agent.queueItem('c25').waitFor();

    await agent.open('c1');
    await page.locator('#conv-title', { hasText: 'c1' }).waitFor();

    expect(await inViewport(page, '#claim'), '"Prendre en charge" on screen').to.equal(true);
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('conv-title');
  });

  it('shows a long conversation id whole and the transcript in full, nothing over it '
    + '(tester16 F12)', async () => {
    const page = await fx.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    const id = 'W-7o4Ky8zmhCH5wim0F3KUeW';
    const citizen = fx.w.citizen(id);
    for (let index = 1; index <= 8; index += 1) {
      await citizen.say(`on m'a volé mon vélo hier soir devant la gare (${index})`);
    }
    await citizen.say('je veux parler à un gendarme');
    await agent.queueItem(id).waitFor();

    await agent.open(id);
    await page.locator('#conv-title', { hasText: id }).waitFor();

    const title = await page.locator('#conv-title').evaluate((element) => ({
      right: element.getBoundingClientRect().right, width: window.innerWidth,
      overflows: element.scrollWidth > element.clientWidth }));
    expect(title.overflows, 'the id overflows its heading').to.equal(false);
    expect(title.right).to.be.at.most(title.width);
    const transcript = await page.locator('.transcript').evaluate((element) =>
      element.scrollHeight <= element.clientHeight + 1);
    expect(transcript, 'the transcript hides lines in its own scroll box').to.equal(true);
  });
});
