import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, as `npm test` installs it (scripts/test-deps.sh); CHROMIUM_PATH wins. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** Shown after the title of each browser spec left pending. */
export const SKIPPED_BROWSER_SPEC = 'skipped: SKIP_BROWSER_SPECS=1, no Chromium started';

function markSkipped(suite: Mocha.Suite): void {
  for (const test of suite.tests) {
    test.title = `${test.title} (${SKIPPED_BROWSER_SPEC})`;
  }
  suite.suites.forEach(markSkipped);
}

/**
 * First thing in a browser suite's `before` hook: with SKIP_BROWSER_SPECS=1 (a machine
 * without Chromium) the suite's specs become pending, each title saying why, and nothing
 * is started; its `after` hooks still run and must accept what was never started.
 */
export function skipWithoutBrowser(hook: Mocha.Context): void {
  if (process.env.SKIP_BROWSER_SPECS !== '1') {
    return;
  }
  const suite = hook.test?.parent;
  if (suite !== undefined) {
    markSkipped(suite);
  }
  hook.skip();
}
