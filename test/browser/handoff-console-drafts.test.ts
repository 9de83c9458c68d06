import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { ConsolePage } from '../handoff/browser';
import { CONSOLE_PASSWORD as PASSWORD, ConsoleFixture } from '../handoff/consoleFixture';

const DRAFT = 'Bonjour, pouvez-vous me donner l\'adresse exacte';

/** The keys this tab keeps in sessionStorage and localStorage. */
function storedKeys(page: Page): Promise<{ session: string[]; local: string[] }> {
  return page.evaluate(() => ({ session: Object.keys(sessionStorage),
    local: Object.keys(localStorage) }));
}

async function draftKeys(page: Page): Promise<string[]> {
  return (await storedKeys(page)).session.filter((key) => key.includes('draft'));
}

describe('agent console: a reply typed but not sent', function () {
  this.timeout(90_000);
  const fx = ConsoleFixture.use();

  /** g.martin signed in, holding c1 (and c2 when asked), c1 open. */
  async function holding(ids: string[]): Promise<{ page: Page; agent: ConsolePage }> {
    const page = await fx.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    const agent = new ConsolePage(page, fx.server.url);
    await agent.signIn('g.martin', PASSWORD);
    for (const id of ids) {
      await fx.w.citizen(id).say('je veux parler à un gendarme');
      await agent.queueItem(id).waitFor();
      await agent.open(id);
      await agent.claim();
    }
    await openMine(page, ids[0]);
    return { page, agent };
  }

  async function openMine(page: Page, id: string): Promise<void> {
    await page.locator(`#mine li[data-id="${id}"]`).click();
    await page.locator('#conv-title', { hasText: id }).waitFor();
    await page.locator('#reply-form').waitFor({ state: 'visible' });
  }

  async function reload(page: Page): Promise<void> {
    await page.reload();
    await page.locator('#live.on').waitFor();
  }

  it('comes back after a reload, kept in the tab\'s sessionStorage, never localStorage',
    async () => {
      const { page } = await holding(['c1']);
      await page.locator('#reply-text').pressSequentially(DRAFT);

      await reload(page);
      await openMine(page, 'c1');

      expect(await page.inputValue('#reply-text')).to.equal(DRAFT);
      const keys = await storedKeys(page);
      expect(keys.local).to.deep.equal([]);
      expect(await draftKeys(page)).to.have.length(1);
    });

  it('stays with its own conversation when the gendarme opens another', async () => {
    const { page } = await holding(['c1', 'c2']);
    await page.locator('#reply-text').pressSequentially(DRAFT);

    await openMine(page, 'c2');
    const other = await page.inputValue('#reply-text');
    await openMine(page, 'c1');

    expect([other, await page.inputValue('#reply-text')]).to.deep.equal(['', DRAFT]);
  });

  it('is forgotten once sent', async () => {
    const { page, agent } = await holding(['c1']);
    await page.locator('#reply-text').pressSequentially(DRAFT);
    expect(await draftKeys(page), 'kept while typed').to.have.length(1);

    await page.click('#reply-send');
    await agent.transcriptEntry(DRAFT).waitFor();
    await reload(page);
    await openMine(page, 'c1');

    expect(await page.inputValue('#reply-text')).to.equal('');
    expect(await draftKeys(page)).to.deep.equal([]);
  });

  it('is forgotten when the conversation closes', async () => {
    const { page, agent } = await holding(['c1']);
    await page.locator('#reply-text').pressSequentially(DRAFT);
    expect(await draftKeys(page), 'kept while typed').to.have.length(1);

    await agent.close();

    expect(await draftKeys(page)).to.deep.equal([]);
  });

  it('is forgotten on sign-out', async () => {
    const { page } = await holding(['c1']);
    await page.locator('#reply-text').pressSequentially(DRAFT);
    expect(await draftKeys(page), 'kept while typed').to.have.length(1);

    await page.click('#signout');
    await page.locator('#signin-view').waitFor({ state: 'visible' });

    expect(await draftKeys(page)).to.deep.equal([]);
  });
});
