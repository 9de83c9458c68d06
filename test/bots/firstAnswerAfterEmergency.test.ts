import { expect } from 'chai';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { ask } from '../dialogs/preComplaint/harness';
import { content, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const WINDOW = 'au secours il rentre chez moi par la fenetre';
const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: WINDOW, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];
const RESUME = content.render('prompts/resume');

// t56 F5: "Je reprends où nous en étions" dropped a real answer and asked it again
describe('the first message after an emergency told inside a form (t56 F5)', () => {
  const table: Array<[string, string, (question: string) => string[]]> = [
    ['3 rue de la Paix', 'is the answer: the next question', () => [ask('home_commune')]],
    ['je suis en sécurité', 'speaks of safety: the question again',
      (question) => [RESUME, question]],
    ["c'est bon je suis chez le voisin", 'speaks of safety: the question again',
      (question) => [RESUME, question]],
    ['ok merci', 'thanks: the question again', (question) => [RESUME, question]],
  ];
  for (const [said, what, expected] of table) {
    it(`at « adresse », "${said}" ${what}`, async () => {
      const { bot, question } = await assistantAt('street', KNOWN, PP_START);
      bot.gate.emergencyWaiting = true;
      await bot.texts(WINDOW);

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal(expected(question));
    });
  }
});
