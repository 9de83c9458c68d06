import { expect } from 'chai';
import { content, harness, type Harness } from '../bots/harness';
import { ApiFixture } from './apiFixture';
import { DANGER, KNOWN } from './formScene';

const FALSE_ALARM = content.render('bot/falseAlarm');

async function queued(fx: ApiFixture): Promise<Record<string, unknown>> {
  const queue = await fx.client.call('GET', '/api/agent/queue');
  const [first]: unknown[] = Array.isArray(queue.body.conversations)
    ? queue.body.conversations : [];
  return typeof first === 'object' && first !== null ? { ...first } : {};
}

/** The whole assistant with the real handoff part, and no form under way. */
async function outsideAnyForm(fx: ApiFixture): Promise<Harness> {
  return harness({ known: KNOWN, realGate: fx.w.handoff.gate });
}

// t65 item 4: outside a form "fausse alerte" left the alarm queued and got a topic's menu
describe('a false alarm after an emergency told outside any form (t65)', () => {
  const fx = ApiFixture.use({ signedIn: true });

  const table: Array<{ said: string[]; reply: string | undefined;
    expected: Record<string, unknown> }> = [
    { said: [DANGER, 'fausse alerte'], reply: FALSE_ALARM,
      expected: { priority: 'normal', reason: 'false_alarm' } },
    { said: [DANGER, "c'était une fausse alerte, désolé"], reply: FALSE_ALARM,
      expected: { priority: 'normal', reason: 'false_alarm' } },
    { said: [DANGER, "c'est pas une fausse alerte"], reply: undefined,
      expected: { priority: 'emergency', reason: 'emergency' } },
    { said: [DANGER, 'fausse alerte', DANGER], reply: undefined,
      expected: { priority: 'emergency', reason: 'emergency' } },
  ];
  for (const { said, reply, expected } of table) {
    it(`after ${said.map((text) => `"${text}"`).join(', ')}: ${JSON.stringify(expected)}`,
      async () => {
        const bot = await outsideAnyForm(fx);
        let last: string[] = [];
        for (const text of said) {
          last = await bot.texts(text);
        }

        expect(await queued(fx)).to.include(expected);
        if (reply === undefined) {
          expect(last).not.to.include(FALSE_ALARM);
        } else {
          expect(last).to.deep.equal([reply]);
        }
      });
  }
});
