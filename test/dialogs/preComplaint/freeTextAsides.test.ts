import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { content } from './harness';
import { assistantAt as inAssistantAt } from './inAssistant';
import { answers, upTo } from './script';

const START = 'je veux porter plainte';
const MAIN_COURANTE = "c'est quoi une main courante ?";
const DELAY = 'combien de temps pour porter plainte ?';
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: MAIN_COURANTE, normalized: 'ce est quoi une main courante',
    topic: 'faq.complaint_info', score: 0.99 },
  { text: DELAY, normalized: 'combien de temps pour porter plainte',
    topic: 'faq.complaint_info', score: 0.99 },
  { text: 'comment porter plainte', normalized: 'comment porter plainte',
    topic: 'faq.complaint_info', score: 0.9 },
  { text: 'quand je suis rentré on avait forcé la porte et pris la télé',
    normalized: 'quand je suis rentre on avait force la porte et pris la tele',
    topic: 'faq.burglary', score: 0.95 },
  { text: "Ma porte a été forcée hier soir et on m'a pris la télé et mon ordinateur, "
    + 'est-ce que je dois aussi prévenir mon assurance ?',
  normalized: 'ma porte a ete forcee hier soir et on me a pris la tele et mon ordinateur '
    + 'est ce que je dois aussi prevenir mon assurance',
  topic: 'faq.burglary', score: 0.95 },
  { text: 'un voisin a tout vu, comment ça se passe ?',
    normalized: 'un voisin a tout vu comment ca se passe', topic: 'faq.none_yet', score: 0.9 },
];

const assistantAt = (field: string) => inAssistantAt(field, KNOWN, START);

/** Answers the rest of the script from the given field on and returns the stored record. */
async function finish(setup: Awaited<ReturnType<typeof assistantAt>>, field: string,
  answered = false) {
  for (const answer of answers().slice(upTo(field).length + (answered ? 1 : 0))) {
    await setup.bot.texts(answer);
  }
  const [record] = [...setup.world.collection.docs.values()];
  return record;
}

const ASIDES: Array<[string, string]> = [
  ['account', MAIN_COURANTE],
  ['account', 'comment porter plainte'],
  ['evidence', DELAY],
  ['placeDetails', MAIN_COURANTE],
];

describe('pré-plainte: a question typed at a free-text question', () => {
  for (const [field, question] of ASIDES) {
    it(`"${question}" at ${field} is answered aside, not stored`, async () => {
      const setup = await assistantAt(field);

      const aside = await setup.bot.texts(question);
      const record = await finish(setup, field);

      expect(aside).to.deep.equal([content.render('faq/faq.complaint_info'),
        content.render('prompts/resume'), setup.question]);
      expect(JSON.stringify(record.content)).not.to.include(question);
    });
  }

  const ANSWERS: Array<['account' | 'evidence', string]> = [
    ['account', 'quand je suis rentré on avait forcé la porte et pris la télé'],
    ['account', KNOWN[5].text],
    ['evidence', 'un voisin a tout vu, comment ça se passe ?'],
  ];
  for (const [field, said] of ANSWERS) {
    it(`"${said}" at ${field} is an answer, stored as typed`, async () => {
      const setup = await assistantAt(field);

      const replies = await setup.bot.texts(said);
      const record = await finish(setup, field, true);

      expect(replies).not.to.include(content.render('prompts/resume'));
      expect(record.content.facts[field]).to.equal(said);
    });
  }

  const HANDOFFS = ['je veux parler a un gendarme svp', 'je peux parler a quelqu un'];
  for (const said of HANDOFFS) {
    it(`"${said}" at the account asks for a gendarme and stores nothing of it`, async () => {
      const setup = await assistantAt('account');

      await setup.bot.texts(said);
      const record = await finish(setup, 'account');

      expect(setup.bot.gate.requests).to.deep.equal([{ reason: 'user_request',
        priority: 'normal' }]);
      expect(record.content.facts.account).not.to.include(said);
    });
  }
});
