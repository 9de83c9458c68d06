import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import type { Page } from 'playwright-core';
import { AppInBrowser } from '../helpers/appInBrowser';

const QUESTION = 'Bonjour, comment faire une pré-plainte en ligne ?';

/** Words of a reply as Web Chat shows them: markdown marks and links stripped. */
function visibleWords(text: string, count: number): string[] {
  const plain = text.replace(/\]\([^)]*\)/g, ' ').replace(/[*_#>`[\]()|~]/g, ' ');
  return plain.split(/\s+/).filter((word) => /\p{L}/u.test(word)).slice(0, count);
}

interface StreamRecorder {
  /** Resolves with the first activity received that matches, waiting for it if needed. */
  waitFor(predicate: (activity: Activity) => boolean): Promise<Activity>;
}

/** Listens to the activities the page receives on its Direct Line WebSocket. */
function recordStream(page: Page): StreamRecorder {
  const received: Activity[] = [];
  let waiters: Array<() => void> = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      const text = String(payload);
      if (text !== '') {
        received.push(...(JSON.parse(text) as { activities: Activity[] }).activities);
        const woken = waiters;
        waiters = [];
        woken.forEach((wake) => wake());
      }
    });
  });
  return {
    async waitFor(predicate) {
      for (;;) {
        const found = received.find(predicate);
        if (found) {
          return found;
        }
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

describe('the chat page in a real browser (headless Chromium)', function () {
  this.timeout(90_000);

  const world = AppInBrowser.use();

  it("sends a message in Web Chat and shows the bot's answer to it", async () => {
    const page = await world.browser.newPage({ locale: 'fr-FR' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(message.text());
      }
    });
    const stream = recordStream(page);

    await page.goto(world.app.url);
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(QUESTION);
    await input.press('Enter');

    const userBubble = page.locator('.webchat__bubble--from-user', { hasText: QUESTION });
    await userBubble.waitFor();
    const echo = await stream.waitFor((a) => a.from.role === 'user' && a.text === QUESTION);
    const reply = await stream.waitFor(
      (a) => a.from.role === 'bot' && a.replyToId === echo.id && Boolean(a.text));
    const words = visibleWords(reply.text ?? '', 4);
    await page.locator('.webchat__bubble:not(.webchat__bubble--from-user)', {
      hasText: new RegExp(words.map(escapeRegExp).join('[\\s\\S]*')),
    }).last().waitFor();

    expect(await page.title()).to.match(/^Brigade numérique de la gendarmerie/);
    expect(await page.getAttribute('html', 'lang')).to.equal('fr');
    expect(words).not.to.be.empty;
    expect(await page.getByText(/Échec de l'envoi|Send failed/i).count()).to.equal(0);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).to.deep.equal([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

