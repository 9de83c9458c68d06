import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { AppInBrowser } from '../helpers/appInBrowser';

interface Layout {
  header: number;
  chat: number;
  emergencyVisible: boolean;
  introVisible: boolean;
  /** Right edge of the title's text, left edge of the quick-exit button. */
  titleRight: number;
  exitLeft: number;
  exitBottom: number;
  titleTop: number;
}

async function layout(page: Page): Promise<Layout> {
  await page.locator('[data-id="webchat-sendbox-input"]').waitFor();
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const visible = (selector: string) => {
      const node = document.querySelector(selector);
      return node !== null && node.getClientRects().length > 0
        && getComputedStyle(node).visibility !== 'hidden';
    };
    const title = document.createRange();
    title.selectNodeContents(document.querySelector('.banner h1') ?? document.body);
    const lines = Array.from(title.getClientRects());
    return {
      header: box('.banner')?.height ?? 0, chat: box('#webchat')?.height ?? 0,
      emergencyVisible: visible('.banner .emergency'), introVisible: visible('.banner .intro'),
      titleRight: Math.max(...lines.map((line) => line.right)),
      titleTop: Math.min(...lines.map((line) => line.top)),
      exitLeft: box('.quick-exit')?.left ?? 0, exitBottom: box('.quick-exit')?.bottom ?? 0,
    };
  });
}

describe('the chat page on a phone (headless Chromium)', function () {
  this.timeout(90_000);
  const world = AppInBrowser.use();

  it('keeps the header compact at 375 px: emergency numbers shown, chat gets the room',
    async () => {
      const page = await world.browser.newPage({ viewport: { width: 375, height: 667 } });
      await page.goto(world.app.url);

      const shown = await layout(page);

      expect(shown.header).to.be.at.most(120);
      expect(shown.chat).to.be.at.least(0.7 * 667);
      expect(shown.emergencyVisible).to.equal(true);
      expect(await page.locator('.banner .emergency').textContent())
        .to.include('17').and.include('112').and.include('114');
      const besideExit = shown.titleTop < shown.exitBottom;
      expect(besideExit && shown.titleRight > shown.exitLeft, 'title under the quick exit')
        .to.equal(false);
    });

  // 500 px: above the phone layout, the title ran under the button (F12); 700 px: the
  // introduction did
  for (const width of [500, 700]) {
    it(`keeps the header's texts clear of the quick-exit button at ${width} px`, async () => {
      const page = await world.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(world.app.url);
      await page.locator('[data-id="webchat-sendbox-input"]').waitFor();

      const overlaps = await page.evaluate(() => {
        const exit = document.querySelector('.quick-exit')?.getBoundingClientRect();
        const texts = ['.banner h1', '.banner .intro', '.banner .emergency'];
        return texts.filter((selector) => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector(selector) ?? document.body);
          return exit !== undefined && Array.from(range.getClientRects()).some((line) =>
            line.left < exit.right && line.right > exit.left
            && line.top < exit.bottom && line.bottom > exit.top);
        });
      });

      expect(overlaps, 'texts under the quick exit').to.deep.equal([]);
    });
  }

  it('keeps the full header with its introduction on a wide screen', async () => {
    const page = await world.browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(world.app.url);

    const shown = await layout(page);

    expect(shown.introVisible).to.equal(true);
    expect(shown.emergencyVisible).to.equal(true);
  });
});
