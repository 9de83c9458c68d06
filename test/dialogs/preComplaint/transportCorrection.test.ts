import { expect } from 'chai';
import type { Said } from '../../bots/harness';
import { content } from './harness';
import { assistantAt } from './inAssistant';

const START = 'je veux porter plainte';
const BUS = "ah non attendez en fait c'etait dans le bus pas le tram";
const METRO = 'non pardon, dans le métro';
const RUBBED = "un homme s'est frotté contre moi dans le bus";
const HELP = content.render('faq/faq.sexual_violence');

/** What the real recogniser reads in them (topic and score as measured). */
const KNOWN: Said[] = [
  { text: START, topic: 'procedure.pre_complaint', score: 0.95 },
  { text: BUS, normalized: 'ah non attendez en fait ce etait dans le bus pas le tram',
    topic: 'faq.sexual_violence', score: 0.71 },
  { text: METRO, normalized: 'non pardon dans le metro', topic: 'faq.sexual_violence',
    score: 0.6 },
  { text: RUBBED, normalized: 'un homme se est frotte contre moi dans le bus',
    topic: 'faq.sexual_violence', score: 0.93 },
];

// a correction naming a bus opened the sexual-violence help in the middle of the form
// (tester d33): a message naming only places and means of transport tells of no act
describe('pré-plainte: a correction naming only a bus or a tram is no disclosure', () => {
  const table: Array<[string, string]> = [
    ['kind', BUS], ['authorKnown', BUS], ['date', BUS], ['commune', BUS], ['itemValue', BUS],
    ['date', METRO],
  ];
  for (const [field, said] of table) {
    it(`"${said}" at the ${field} question: its own reminder, no sexual-violence help`,
      async () => {
        const { bot } = await assistantAt(field, KNOWN, START);

        const answer = await bot.texts(said);

        expect(answer).not.to.include(HELP);
        expect(answer).to.have.lengthOf(1);
      });
  }

  it(`"${RUBBED}" at the date question still gets the help first`, async () => {
    const { bot, question } = await assistantAt('date', KNOWN, START);

    const answer = await bot.texts(RUBBED);

    expect(answer).to.deep.equal([HELP, content.render('prompts/resume'), question]);
  });
});
