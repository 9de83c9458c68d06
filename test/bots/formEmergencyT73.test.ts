import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { preComplaintAt } from './formEntry';

const POLICE_FIRST = /\*\*17\*\*/;


/**
 * Round t73: inside a pré-plainte, the account of yesterday's theft may end on the thief
 * coming at the citizen now, and a partner's blows may be told bare: the form's past date
 * must not calm either.
 */
describe('a danger told now at the pré-plainte\'s account (round t73)', function t73() {
  this.timeout(120_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const dangers = [
    'hier on m\'a volé mon sac et là je vois le voleur il est dans ma rue il me fonce dessus',
    'mon mari me frappe',
  ];
  for (const field of ['kind', 'account']) {
    for (const said of dangers) {
      it(`at ${field}, "${said}": the 17 and a gendarme`, async () => {
        const bot = await preComplaintAt(field, recognizer);

        const replies = await bot.texts(said);

        expect(replies.join('\n')).to.match(POLICE_FIRST);
        expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
          priority: 'emergency' }]);
      });
    }
  }
});
