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
];

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
});
