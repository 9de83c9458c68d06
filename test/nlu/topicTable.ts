import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

/** `topic` may list two answers that both serve the citizen, as "a|b" (the eval's lists). */
export type TopicCase = readonly [topic: string, text: string];

/**
 * One spec per line of a table: each case gets its topic (one of them, for "a|b"); each
 * out-of-scope line gets `none` (and, with `calm`, no emergency either).
 */
export function specifyTopics(title: string, cases: readonly TopicCase[],
  outOfScope: readonly string[], calm: boolean): void {
  describe(title, function topicTable() {
    this.timeout(120_000);
    let recognizer: Recognizer;

    before(async () => {
      recognizer = await createRecognizer();
    });

    for (const [topic, text] of cases) {
      it(`answers ${topic} to ${JSON.stringify(text)}`, async () => {
        expect(topic.split('|')).to.include((await recognizer.understand(text)).topic);
      });
    }

    for (const text of outOfScope) {
      it(`says none${calm ? ', and no emergency,' : ''} to ${JSON.stringify(text)}`, async () => {
        const result = await recognizer.understand(text);

        expect(result.topic).to.equal('none');
        expect(result.emergency.detected && calm).to.equal(false);
      });
    }
  });
}
