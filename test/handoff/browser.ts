import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium, headless, with nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS });
}

/** Collects script exceptions and console errors such as CSP violations; failed loads
 * (the 401 of the session probe before sign-in, the missing favicon) are expected. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  return errors;
}

/** The console page object: what a gendarme does, in the words of the page. */
export class ConsolePage {
  constructor(readonly page: Page, readonly base: string) {}

  async signIn(login: string, password: string): Promise<void> {
    await this.page.goto(`${this.base}/agent/`);
    await this.page.fill('#signin-login', login);
    await this.page.fill('#signin-password', password);
    await this.page.click('#signin-submit');
    await this.page.locator('#app-view').waitFor({ state: 'visible' });
    await this.page.locator('#live.on').waitFor();
  }

  queueItem(conversationId: string) {
    return this.page.locator(`#queue li[data-id="${conversationId}"]`);
  }

  async open(conversationId: string): Promise<void> {
    await this.queueItem(conversationId).click();
    await this.page.locator('#conversation').waitFor({ state: 'visible' });
  }

  async claim(): Promise<void> {
    await this.page.click('#claim');
    await this.page.locator('#reply-form').waitFor({ state: 'visible' });
  }

  async reply(text: string): Promise<void> {
    await this.page.fill('#reply-text', text);
    await this.page.click('#reply-send');
  }

  async note(text: string): Promise<void> {
    await this.page.fill('#note-text', text);
    await this.page.click('#note-add');
  }

  transcriptEntry(text: string) {
    return this.page.locator('#transcript li .text', { hasText: text });
  }

  async close(): Promise<void> {
    await this.page.click('#close');
    await this.page.locator('#reply-form').waitFor({ state: 'hidden' });
  }
}
