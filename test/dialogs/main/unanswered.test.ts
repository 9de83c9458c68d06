import { expect } from 'chai';
import type { Understanding } from '../../../nlu/types';
import type { UnansweredReason } from '../../../nlu/unanswered';
import type { UnansweredCounter } from '../../../dialogs/main/mainDialog';
import { harness, type Said } from '../../bots/harness';

/** Remembers what the router asked to count. */
class CountingLog implements UnansweredCounter {
  readonly counted: string[] = [];

  async record(understanding: Understanding): Promise<UnansweredReason | undefined> {
    this.counted.push(understanding.text);
    return 'none';
  }
}

const KNOWN: Said[] = [
  { text: 'la recette des crêpes', topic: 'none', score: 0.9 },
  { text: 'truc bidule', topic: 'faq.bank_fraud', score: 0.1 },
  { text: 'on a débité ma carte', topic: 'faq.bank_fraud', score: 0.92 },
  { text: 'aidez moi il a un couteau', topic: 'none', score: 0.9,
    emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
  { text: 'je suis au 8 rue des roses a albi', topic: 'none', score: 0.9 },
  // read as a topic without confidence: not small talk, so the router answers it
  { text: 'on est au 8 rue des roses', topic: 'faq.bank_fraud', score: 0.2 },
];

const EMERGENCY = 'aidez moi il a un couteau';
const ADDRESS = 'je suis au 8 rue des roses a albi';
const MINUTE = 60_000;

/** A clock the spec moves forward between messages. */
function steppedClock(): { clock: () => Date; wait(minutes: number): void } {
  let now = Date.parse('2026-12-04T10:00:00Z');
  return { clock: () => new Date(now), wait: (minutes) => { now += minutes * MINUTE; } };
}

describe('main dialog: unanswered questions', () => {
  it('counts the messages it could not place, and only those', async () => {
    const log = new CountingLog();
    const { texts } = await harness({ known: KNOWN, unanswered: log });

    await texts('la recette des crêpes');
    await texts('truc bidule');
    await texts('on a débité ma carte');

    expect(log.counted).to.deep.equal(['la recette des crêpes', 'truc bidule']);
  });

  it('still answers the citizen when the count cannot be written', async () => {
    const broken: UnansweredCounter = { record: () => Promise.reject(new Error('store down')) };
    const { texts } = await harness({ known: KNOWN, unanswered: broken });

    const answers = await texts('la recette des crêpes');

    expect(answers).to.have.length(1);
    expect(answers[0]).to.include('gendarmerie');
  });

  // a victim's address, sent right after the emergency, was kept 90 days (tester F4)
  describe('never within an emergency', () => {
    it('keeps nothing of the message right after an emergency, however late it comes',
      async () => {
        const log = new CountingLog();
        const time = steppedClock();
        const { texts } = await harness({ known: KNOWN, unanswered: log, clock: time.clock });

        await texts(EMERGENCY);
        time.wait(120);
        await texts(ADDRESS);

        expect(log.counted).to.deep.equal([]);
      });

    it('keeps nothing for half an hour after it, then counts again', async () => {
      const log = new CountingLog();
      const time = steppedClock();
      const { texts } = await harness({ known: KNOWN, unanswered: log, clock: time.clock });

      await texts(EMERGENCY);
      time.wait(1);
      await texts('truc bidule');
      time.wait(20);
      await texts(ADDRESS);
      time.wait(10);
      await texts('la recette des crêpes');

      expect(log.counted).to.deep.equal(['la recette des crêpes']);
    });

    it('keeps nothing while the conversation waits in the queue as an emergency', async () => {
      const log = new CountingLog();
      const time = steppedClock();
      const bot = await harness({ known: KNOWN, unanswered: log, clock: time.clock });
      bot.gate.emergencyWaiting = true;

      await bot.texts('truc bidule');
      time.wait(90);
      await bot.texts('on est au 8 rue des roses');

      expect(log.counted).to.deep.equal([]);
    });

    it('keeps nothing while a gendarme has the conversation or it waits for one', async () => {
      const log = new CountingLog();
      const bot = await harness({ known: KNOWN, unanswered: log });
      bot.gate.intercepting = true;

      await bot.texts(ADDRESS);

      expect(log.counted).to.deep.equal([]);
    });
  });
});
