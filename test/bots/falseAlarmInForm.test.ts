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
const FALSE_ALARM = content.render('prompts/falseAlarm');
const CANCEL_CONFIRM = content.render('preComplaint/cancel_confirm');

describe('a false alarm after an emergency told in the same form (tester F8)', () => {
  for (const said of ["fausse alerte c'était mon chat", "non c'est bon c'était rien"]) {
    it(`at the summary, "${said}" resumes it; no offer to erase the answers`, async () => {
      const { bot, question } = await assistantAt('review', KNOWN, PP_START);
      bot.gate.emergencyWaiting = true;
      await bot.texts(WINDOW);

      const replies = await bot.texts(said);

      expect(replies).to.deep.equal([FALSE_ALARM, question]);
      expect(replies).not.to.include(CANCEL_CONFIRM);
    });
  }

  it('questions later, at the summary: resumes it, and "oui" then confirms the summary',
    async () => {
      const { bot } = await assistantAt('street', KNOWN, PP_START);
      bot.gate.emergencyWaiting = true;
      await bot.texts(WINDOW);
      for (const answer of ['je suis en sécurité', '3 rue de la Paix', 'Rennes', '06 12 34 56 78',
        'camille@exemple.fr', 'Le matin']) {
        await bot.texts(answer);
      }

      const replies = await bot.texts("non c'est bon c'était rien");
      const next = await bot.texts('oui');

      expect(replies).to.deep.equal([FALSE_ALARM, ask('review')]);
      expect(next[next.length - 1]).to.equal(ask('consent'));
    });

  it('at a yes / no question, "non c\'est bon c\'était rien" is not the answer "non"',
    async () => {
      const { bot, question } = await assistantAt('authorKnown', KNOWN, PP_START);
      await bot.texts(WINDOW);

      const replies = await bot.texts("non c'est bon c'était rien");

      expect(replies).to.deep.equal([FALSE_ALARM, question]);
    });

  it('without an emergency before, "fausse alerte" at a closed question still asks to stop',
    async () => {
      const { bot } = await assistantAt('review', KNOWN, PP_START);

      const replies = await bot.texts("fausse alerte c'était mon chat");

      expect(replies).to.deep.equal([CANCEL_CONFIRM]);
    });

  it('a new form after the one with the emergency reads "c\'était rien" as usual',
    async () => {
      const { bot } = await assistantAt('authorKnown', KNOWN, PP_START);
      await bot.texts(WINDOW);
      await bot.texts('annuler');
      await bot.texts('oui');
      for (const answer of [PP_START, 'non', 'Un vol']) {
        await bot.texts(answer);
      }

      const replies = await bot.texts("non c'était rien");

      expect(replies).not.to.include(FALSE_ALARM);
    });
});
