import { expect } from 'chai';
import { readFileSync } from 'fs';
import { createServer, Server } from 'http';
import type { AddressInfo } from 'net';
import type { Browser, Page } from 'playwright-core';
import { fromRoot } from '../../core/paths';
import { AppInBrowser } from '../helpers/appInBrowser';
import { launchChromium, skipWithoutBrowser } from '../helpers/chromium';

const SCRIPT = readFileSync(fromRoot('web', 'quick-exit.js'), 'utf8');
const NEUTRAL = readFileSync(fromRoot('web', 'neutre.html'), 'utf8');
const SECRET = "Il m'a frappée hier soir";

function chatPage(button: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Brigade</title>
<script src="/seed.js"></script></head><body>
${button}
<section id="webchat"><ul><li class="webchat__bubble">${SECRET}</li></ul>
<input data-id="webchat-sendbox-input"></section>
<script src="/quick-exit.js"></script></body></html>`;
}

const SEED = `localStorage.setItem('transcript', ${JSON.stringify(SECRET)});
sessionStorage.setItem('draft', ${JSON.stringify(SECRET)});`;

const PAGES: Record<string, [string, string]> = {
  '/start': ['text/html', '<!doctype html><title>Accueil</title><p>accueil</p>'],
  '/chat': ['text/html', chatPage(
    '<button type="button" data-quick-exit data-quick-exit-url="/neutre">Quitter</button>')],
  '/chat-default': ['text/html',
    chatPage('<button type="button" data-quick-exit>Quitter</button>')],
  '/neutre': ['text/html', NEUTRAL],
  '/quick-exit.js': ['application/javascript', SCRIPT],
  '/seed.js': ['application/javascript', SEED],
};

/** A page of our own, served on loopback: the script's logic without the rest of the app. */
function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    const type = `${page?.[0] ?? 'text/plain'}; charset=utf-8`;
    res.writeHead(page ? 200 : 404, { 'Content-Type': type });
    res.end(page?.[1] ?? 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  })));
}

async function storageSizes(page: Page): Promise<number[]> {
  return page.evaluate(() => [localStorage.length, sessionStorage.length]);
}

describe('quick exit (web/quick-exit.js) in headless Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let site: { server: Server; url: string };
  let page: Page;

  before(async function () {
    skipWithoutBrowser(this);
    browser = await launchChromium();
    site = await serve();
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    await page.goto(`${site.url}/start`);
    await page.goto(`${site.url}/chat`);
    expect(await storageSizes(page)).to.deep.equal([1, 1]);
  });

  afterEach(() => page?.close());

  async function expectNeutralAndClean(): Promise<void> {
    await page.waitForURL(`${site.url}/neutre`);
    expect(await page.title()).to.equal('Météo');
    expect(await page.content()).not.to.include(SECRET);
    expect(await storageSizes(page)).to.deep.equal([0, 0]);
  }

  it('the button replaces the page with the neutral site and empties storage', async () => {
    await page.getByRole('button', { name: 'Quitter' }).click();

    await expectNeutralAndClean();
  });

  it('"Back" does not return to the conversation', async () => {
    await page.getByRole('button', { name: 'Quitter' }).click();
    await page.waitForURL(`${site.url}/neutre`);

    await page.goBack();

    expect(page.url()).to.equal(`${site.url}/start`);
  });

  it('Escape pressed three times leaves, even from the message box', async () => {
    await page.locator('[data-id="webchat-sendbox-input"]').focus();

    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(page.url(), 'two presses are not the gesture').to.equal(`${site.url}/chat`);
    await page.keyboard.press('Escape');

    await expectNeutralAndClean();
  });

  it('goes to google.fr when the page sets no neutral URL', async () => {
    // the network is closed here: the neutral site is answered locally
    await page.route('https://www.google.fr/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: NEUTRAL }));
    await page.goto(`${site.url}/chat-default`);

    await page.getByRole('button', { name: 'Quitter' }).click();

    await page.waitForURL('https://www.google.fr/');
    expect(await page.content()).not.to.include(SECRET);
  });
});

describe('quick exit on the real Web Chat page (headless Chromium)', function () {
  this.timeout(90_000);
  const world = AppInBrowser.use();

  /** The page as it ships, after a real exchange with the bot. */
  async function chatPage(): Promise<Page> {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    await page.goto(world.app.url);

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(SECRET);
    await input.press('Enter');
    await page.locator('.webchat__bubble--from-user', { hasText: SECRET }).waitFor();
    await page.evaluate((text) => sessionStorage.setItem('draft', text), SECRET);
    return page;
  }

  async function expectGone(page: Page): Promise<void> {
    await page.waitForURL(`${world.app.url.replace(/\/$/, '')}/neutre`);
    expect(await page.content()).not.to.include(SECRET);
    expect(await storageSizes(page)).to.deep.equal([0, 0]);
    await page.close();
  }

  it('after a conversation, the button leaves no message text in page or storage', async () => {
    const page = await chatPage();

    await page.getByRole('button', { name: 'Quitter rapidement' }).click();

    await expectGone(page);
  });

  it('Escape three times in the Web Chat send box does the same', async () => {
    const page = await chatPage();
    const input = page.locator('[data-id="webchat-sendbox-input"]');

    await input.press('Escape');
    await input.press('Escape');
    await input.press('Escape');

    await expectGone(page);
  });
});
