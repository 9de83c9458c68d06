import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { sampleContent } from '../records/fixtures';
import { RecordsConsole } from './recordsConsole';

/** The list page size of web/agent/records.js. */
const PAGE = 20;

describe('agent console: the "Dossiers" list when empty, and page by page', function () {
  this.timeout(60_000);
  const fx = RecordsConsole.use();

  async function references(page: Page): Promise<string[]> {
    return page.locator('#records .record-item').evaluateAll((buttons) =>
      buttons.map((button) => (button instanceof HTMLElement ? button.dataset.reference ?? ''
        : '')));
  }

  it('says that there is no case file, for either kind, and offers no page', async () => {
    const { page, errors } = await fx.openRecords();

    await page.locator('#records-empty').waitFor({ state: 'visible' });
    expect(await page.locator('#records-empty').textContent()).to.equal('Aucun dossier.');
    expect(await page.locator('#records li').count()).to.equal(0);
    expect(await page.locator('#records-next').isHidden()).to.equal(true);
    expect(await page.locator('#records-prev').isHidden()).to.equal(true);
    expect(await page.locator('#record').isHidden()).to.equal(true);

    const listed = page.waitForResponse((response) =>
      response.url().includes('/api/records/otv?'));
    await page.selectOption('#records-kind', 'otv');
    await listed;
    await page.locator('#records-empty').waitFor({ state: 'visible' });
    expect(await page.locator('#records li').count()).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('shows the message of a list the API refuses', async () => {
    const { page } = await fx.openRecords();
    await page.route('**/api/records/otv?**', (route) => route.fulfill({ status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'invalid_request', message: 'status must be …' } }),
    }));

    await page.selectOption('#records-kind', 'otv');

    await page.locator('#records-error', { hasText: 'status must be …' }).waitFor();
  });

  it('goes through more files than a page, newest first, and back', async () => {
    const submitted: string[] = [];
    for (let index = 0; index <= PAGE; index += 1) {
      submitted.push((await fx.preComplaints.submit(sampleContent(), 'webchat')).id);
      // one millisecond apart at least: the list is ordered by submission time
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const newestFirst = [...submitted].reverse();
    const { page } = await fx.openRecords();
    await page.locator('#records-next').waitFor({ state: 'visible' });

    expect(await references(page)).to.deep.equal(newestFirst.slice(0, PAGE));
    expect(await page.locator('#records-page').textContent()).to.equal(`1–${PAGE}`);
    expect(await page.locator('#records-prev').isHidden()).to.equal(true);

    await page.click('#records-next');
    await page.locator('#records-prev').waitFor({ state: 'visible' });
    expect(await references(page)).to.deep.equal(newestFirst.slice(PAGE));
    expect(await page.locator('#records-page').textContent())
      .to.equal(`${PAGE + 1}–${PAGE + 1}`);
    expect(await page.locator('#records-next').isHidden()).to.equal(true);
    expect(await page.evaluate(() => document.activeElement instanceof HTMLElement
      ? document.activeElement.dataset.reference : undefined)).to.equal(newestFirst[PAGE]);

    await page.click('#records-prev');
    await page.locator('#records-next').waitFor({ state: 'visible' });
    expect(await references(page)).to.deep.equal(newestFirst.slice(0, PAGE));
  });
});
