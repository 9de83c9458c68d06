import { expect } from 'chai';
import { loadContent } from '../../content/renderer';

const content = loadContent();

const WELCOMES = ['handoff/queued', 'handoff/queued-no-agent', 'handoff/queued-long-wait'];

/** What the bot says just before the queue's welcome, in the same turn. */
const BEFORE_WELCOME = ['faq/handoff.request', 'bot/escalate'];

function opening(text: string): string {
  return text.split(/\s+/).slice(0, 3).join(' ').toLowerCase();
}

describe('handoff: the queue welcome after a request', () => {
  for (const key of WELCOMES) {
    it(`${key} does not open as the acknowledgement just sent ("Je transmets...")`, () => {
      const welcome = content.render(key, { position: 2, minutes: 8 });

      for (const before of BEFORE_WELCOME) {
        const acknowledgement = content.render(before).split(/(?<=[.!?])\s/);
        for (const sentence of acknowledgement) {
          expect(opening(welcome), `${key} after ${before}`).not.to.equal(opening(sentence));
        }
      }
      expect(welcome).not.to.match(/^Je transmets/);
    });
  }
});
