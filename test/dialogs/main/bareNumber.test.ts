import { expect } from 'chai';
import { createKeywordRecognizer } from '../../../bots/keywordRecognizer';
import { keywordAnswerFor } from '../../../dialogs/common/keywordAnswers';
import { content, harness } from '../../bots/harness';

const answer = (number: string): string => content.render(`answers/emergencyNumber.${number}`);
const OUT_OF_SCOPE = /ne relève pas de la gendarmerie/;

/** t65 item 6: an emergency number typed alone is explained, with no alarm. */
describe('an emergency number typed alone (t65)', () => {
  const table: Array<[string, string]> = [
    ['112', '112'], ['17', '17'], ['17 ?', '17'], ['le 17', '17'], ['15', '15'],
    ['18', '18'], ['114', '114'], ['le 112 ?', '112'], ['196', '196'],
  ];
  for (const [said, number] of table) {
    it(`"${said}": what the ${number} is and when to call it, no alarm`, async () => {
      const bot = await harness({ realRecognizer: createKeywordRecognizer() });

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([answer(number)]);
      expect(replies.join('\n')).not.to.match(OUT_OF_SCOPE);
      expect(bot.gate.requests).to.deep.equal([]);
    });
  }

  it('the answers say when to call', () => {
    for (const number of ['15', '17', '18', '112', '114', '196']) {
      expect(answer(number), number).to.match(new RegExp(`\\*\\*${number}\\*\\*`))
        .and.match(/[Aa]ppele|[Ii]l sert/);
    }
  });

  const notBare: string[] = ['le 17 ne répond pas', 'j ai 17 ans', '17 rue de la Paix',
    '1712', 'le 17 juin', "j'ai composé le 112 sans faire exprès"];
  for (const said of notBare) {
    it(`"${said}" is no bare number`, () => {
      expect(keywordAnswerFor(said)).not.to.equal('emergencyNumber');
    });
  }
});
