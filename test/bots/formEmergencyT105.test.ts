import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';
import { preComplaintAt } from './formEntry';

const PLEA_NUMBERS = /\*\*(?:15|17|112)\*\*/;

/**
 * Round t105 (tester28): at « Qu'est-ce qui vous a été pris ? » a citizen bleeding wrote so
 * as the stolen item; the danger must interrupt the form, its numbers first, a gendarme
 * asked, and nothing stored as the item.
 */
describe('a danger typed as a form answer interrupts the form (round t105)', function t105() {
  this.timeout(120_000);
  let recognizer: Recognizer;
  before(async () => {
    recognizer = await createRecognizer();
  });

  const dangers = [
    'je saigne beaucoup aidez moi',
    'on m a vole mon sac et la je saigne beaucoup aidez moi',
    'mon portable, il m a blesse au bras ca saigne beaucoup',
    'jsaigne bcp aidez moi svp',
    'il m a frappe et je saigne beaucoup',
    'le voleur m a poussé je saigne de la tete',
    'il m a donne un coup de couteau je perds beaucoup de sang',
  ];
  for (const field of ['item', 'itemValue', 'placeDetails', 'account']) {
    for (const said of dangers) {
      it(`at ${field}, "${said}": the emergency numbers and a gendarme first`, async () => {
        const bot = await preComplaintAt(field, recognizer);

        const replies = await bot.texts(said);

        expect(replies.join('\n')).to.match(PLEA_NUMBERS);
        expect(bot.gate.requests).to.deep.equal([{ reason: 'emergency',
          priority: 'emergency' }]);
      });
    }
  }

  // the story of yesterday's blows, its bleeding over: the form goes on
  const past = [
    'hier il m a frappe et j ai saigne du nez',
    'il m a pousse, j avais du sang sur le bras mais ca va',
    'le voleur m a bouscule et je suis tombee, j ai eu un bleu',
  ];
  for (const said of past) {
    it(`at account, "${said}": no emergency, the form goes on`, async () => {
      const bot = await preComplaintAt('account', recognizer);

      const replies = await bot.texts(said);

      expect(replies.join('\n')).not.to.match(PLEA_NUMBERS);
      expect(bot.gate.requests).to.deep.equal([]);
    });
  }
});
