import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { MAX_TEXT_LENGTH } from '../../directline/incoming';
import { AppInBrowser } from '../helpers/appInBrowser';

const INPUT = '[data-id="webchat-sendbox-input"]';

/** What a citizen pastes: a long story, an emergency in its last words. */
const STORY = `${'Je vous écris parce que mon voisin me menace depuis des mois. '.repeat(90)}`
  + 'Là il est devant ma porte avec un couteau au secours';

async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(INPUT).waitFor();
  await page.locator(INPUT).focus();
}

describe('a message longer than the server accepts, in Web Chat (headless Chromium)', function () {
  this.timeout(90_000);
  const world = AppInBrowser.use();

  it('stops the send box at the server limit, and says why in French', async () => {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    await openChat(page, world.app.url);
    expect(STORY.length).to.be.above(MAX_TEXT_LENGTH);

    await page.keyboard.insertText(STORY);

    const typed = await page.locator(INPUT).inputValue();
    expect(typed).to.have.length(MAX_TEXT_LENGTH);
    expect(typed).to.equal(STORY.slice(0, MAX_TEXT_LENGTH));
    const hint = page.locator('#chat-length-hint');
    expect(await hint.isVisible()).to.equal(true);
    expect(await hint.textContent()).to.include('5 000 caractères')
      .and.include('nouveau message').and.include('17');
  });

  it('sends a message of the full length, then clears the hint', async () => {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    await openChat(page, world.app.url);
    await page.keyboard.insertText('a'.repeat(MAX_TEXT_LENGTH + 10));
    const hint = page.locator('#chat-length-hint');
    expect(await hint.textContent()).to.not.equal('');

    await page.keyboard.press('Enter');

    await page.locator('.bn-time').first().waitFor();
    expect(await page.locator('#webchat').textContent()).to.not.include('Échec');
    expect(await page.locator(INPUT).inputValue()).to.equal('');
    expect(await hint.textContent()).to.equal('');
  });

  it('leaves a short message alone, without any hint', async () => {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    await openChat(page, world.app.url);

    await page.keyboard.insertText('Bonjour');

    expect(await page.locator(INPUT).inputValue()).to.equal('Bonjour');
    expect(await page.locator('#chat-length-hint').textContent()).to.equal('');
  });

  it('announces the same limit as the server enforces', async () => {
    const page = await world.browser.newPage();
    await openChat(page, world.app.url);

    const limit = await page.locator('#webchat').getAttribute('data-max-length');

    expect(Number(limit)).to.equal(MAX_TEXT_LENGTH);
    expect(await page.locator(INPUT).getAttribute('maxlength')).to.equal(String(MAX_TEXT_LENGTH));
  });
});
