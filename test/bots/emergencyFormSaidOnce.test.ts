import { expect } from 'chai';
import { assistantAt } from '../dialogs/preComplaint/inAssistant';
import { content, type Said } from './harness';

const PP_START = 'je veux faire une pré-plainte';
const HIT_NOW = 'mon copain me frappe la maintenant';
const KNOWN: Said[] = [
  { text: PP_START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: HIT_NOW, emergency: { detected: true, numbers: ['17', '112'], situation: 'violence' } },
];

const CONTINUE = "Si ce n'était pas une urgence, vous pouvez continuer là où vous en étiez";
const QUEUE = '[gate] un gendarme va répondre';
const STOPPED = content.render('prompts/stoppedForSafety');
const KEPT = content.render('prompts/resumeAfterEmergency');

// a fresh tester at « êtes-vous en danger en ce moment… ? »: "continuer là où vous en
// étiez", then the queue message, then "J'arrête la démarche ici", in a row
describe('an emergency in a form: what becomes of the form is said once', () => {
  const TABLE: ReadonlyArray<[string, string, string]> = [
    ['danger', STOPPED, KEPT],
    ['kind', KEPT, STOPPED],
  ];
  for (const [field, said, unsaid] of TABLE) {
    it(`at « ${field} », "${HIT_NOW}": numbers, queue, then one word on the form`,
      async () => {
        const { bot } = await assistantAt(field, KNOWN, PP_START);
        bot.gate.emergencyWaiting = true;

        const replies = await bot.texts(HIT_NOW);

        expect(replies.slice(1)).to.deep.equal([QUEUE, said]);
        expect(replies[0]).to.include('17');
        expect(replies.join('\n')).not.to.include(CONTINUE);
        expect(replies.join('\n')).not.to.include(unsaid);
      });
  }
});
