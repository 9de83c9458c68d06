import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { content } from './harness';
import { assistantAt } from './inAssistant';

const START = 'je veux porter plainte';
const HUMAN_SMS = 'jcomprend rien je veux parler a un vrai gendarme';
const LOST = 'jcomprend rien';
const GATE = '[gate] un gendarme va répondre';

/** What the real recogniser reads in them (topic and score as measured). */
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: HUMAN_SMS, topic: 'handoff.request', score: 0.99 },
  { text: LOST, topic: 'none', score: 0.46 },
];

// at a yes / no question, "jcomprend rien je veux parler a un vrai gendarme" got "Répondez
// simplement par oui ou par non" (tester d33)
describe('pré-plainte: a citizen lost at a question, in SMS spelling', () => {
  for (const field of ['authorKnown', 'evidence', 'kind', 'date', 'account']) {
    it(`"${HUMAN_SMS}" at the ${field} question reaches a gendarme`, async () => {
      const { bot } = await assistantAt(field, KNOWN, START);

      expect(await bot.texts(HUMAN_SMS)).to.deep.equal([GATE]);
      expect(bot.gate.requests).to.deep.equal([{ reason: 'user_request', priority: 'normal' }]);
    });
  }

  const table: Array<[string, string, string]> = [
    ['kind', LOST, 'preComplaint/help/kind'],
    ['authorKnown', LOST, 'preComplaint/help/authorKnown'],
    ['kind', "j'ai rien compris", 'preComplaint/help/kind'],
    ['authorKnown', 'je comprends pas la question', 'preComplaint/help/authorKnown'],
  ];
  for (const [field, said, help] of table) {
    it(`"${said}" at the ${field} question: its help, a gendarme offered, asked again`,
      async () => {
        const { bot, question } = await assistantAt(field, KNOWN, START);

        expect(await bot.texts(said)).to.deep.equal([content.render(help),
          content.render('preComplaint/help/lost'), question]);
      });
  }

  // it was kept as the facts' description, and the form went on to the next question
  const freeText: Array<[string, string]> = [
    ['account', 'preComplaint/help/account'],
    ['placeDetails', 'preComplaint/help/default'],
  ];
  for (const [field, help] of freeText) {
    it(`"j'ai rien compris" at the free-text ${field} question: help, never an answer`,
      async () => {
        const { bot, question } = await assistantAt(field, KNOWN, START);

        expect(await bot.texts("j'ai rien compris")).to.deep.equal([content.render(help),
          content.render('preComplaint/help/lost'), question]);
      });
  }

  it('"je comprends" alone is no call for help', async () => {
    const { bot } = await assistantAt('authorKnown', KNOWN, START);

    expect(await bot.texts('je comprends'))
      .not.to.include(content.render('preComplaint/help/lost'));
  });
});
