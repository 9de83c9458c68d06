import { expect } from 'chai';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { normalize } from '../../../nlu/normalize';
import type { PreComplaintRecord } from '../../../records/types';
import type { Said } from '../../bots/harness';
import { ask, content, error, type World } from './harness';
import { assistantAt } from './inAssistant';
import { answers, START, upTo } from './script';

/** What the recogniser said of each sentence when the testers typed it (topic, score). */
const heard = (text: string, topic: string, score: number): Said =>
  ({ text, normalized: normalize(text), topic, score });

const FAQ_QUESTION = "c'est quoi le délai pour porter plainte ?";
const ADDRESS = 'devant chez moi 12 rue des lilas';
const KNOWN: Said[] = [
  // the model heard harassment in it, and was sure (tester F10)
  heard(ADDRESS, 'faq.harassment', 0.9),
  heard(START.answer, 'procedure.pre_complaint', 0.99),
  heard(FAQ_QUESTION, 'faq.complaint_info', 0.99),
  // the model hears "à demain", "à ce soir", "à lundi" in them
  heard('demain', 'smalltalk.goodbye', 0.52),
  heard('ce soir', 'smalltalk.goodbye', 0.7),
  heard('lundi prochain', 'smalltalk.goodbye', 0.6),
];

/** Two communes share 01000, as in La Poste's table; Rennes is the script's home. */
const DIRECTORY = parsePostcodeTable([
  '01053\t01000\tBourg en Bresse\t46.2\t5.2\t',
  '01344\t01000\tSaint Denis les Bourg\t46.2\t5.1\t',
  '33063\t33000\tBordeaux\t44.8\t-0.5\t',
  '35238\t35000\tRennes\t48.1\t-1.6\t',
].join('\n'));

/** The answers after `field`'s own, to finish the pré-plainte from there. */
const after = (field: string): string[] => answers().slice(upTo(field).length + 1);

function stored(world: World): PreComplaintRecord | undefined {
  return [...world.collection.docs.values()][0];
}

describe('pré-plainte: an address line at « Dans quelle commune ? »', () => {
  // the commune found, and the street kept as the place (then not asked again, F5)
  const addresses: Array<[string, string, string | undefined]> = [
    ['12 rue des Lilas 01000 Bourg-en-Bresse', 'Bourg en Bresse', '12 rue des Lilas'],
    ['3 place de la Mairie, 01000 Saint-Denis-lès-Bourg', 'Saint Denis les Bourg',
      '3 place de la Mairie'],
    ['01000 bourg en bresse', 'Bourg en Bresse', undefined],
    ['12 rue des Lilas 33000 Bordeaux', 'Bordeaux', '12 rue des Lilas'],
    ['33000 bordeaux', 'Bordeaux', undefined],
    ['12 rue des Lilas 35000 Rennes', 'Rennes', '12 rue des Lilas'],
  ];
  for (const [said, commune, street] of addresses) {
    it(`"${said}" is ${commune}, with no list to pick from; the place ` +
      `${street === undefined ? 'is asked' : `is "${street}"`}`, async () => {
      const { world, bot } = await assistantAt('commune', KNOWN, START.answer, DIRECTORY);

      const replies = await bot.texts(said);
      for (const answer of after(street === undefined ? 'commune' : 'placeDetails')) {
        await bot.texts(answer);
      }

      expect(replies).to.deep.equal([ask(street === undefined ? 'place_details' : 'account')]);
      expect(stored(world)?.content.facts.commune.name).to.equal(commune);
      expect(stored(world)?.content.facts.placeDetails)
        .to.equal(street ?? answers()[upTo('placeDetails').length]);
    });
  }
});

describe('pré-plainte: an FAQ question at « Dans quelle commune ? »', () => {
  it('is answered aside, then the commune is asked again', async () => {
    const { bot, question } = await assistantAt('commune', KNOWN, START.answer, DIRECTORY);

    const replies = await bot.texts(FAQ_QUESTION);

    expect(replies).to.deep.equal([content.render('faq/faq.complaint_info'),
      content.render('prompts/resume'), question]);
  });
});

describe('pré-plainte: a date-like word at a yes / no question', () => {
  // at the danger question anything but a clear no is a yes (eligibility.test.ts)
  const cases: Array<[string, string]> = [
    ['authorKnown', 'demain'], ['authorKnown', 'lundi prochain'], ['consent', 'demain']];
  for (const [field, said] of cases) {
    it(`"${said}" at the ${field} question asks for a yes or a no, never "before you leave"`,
      async () => {
        const { bot } = await assistantAt(field, KNOWN, START.answer, DIRECTORY);

        const replies = await bot.texts(said);

        expect(replies).to.deep.equal([error('prompts/errors.yes_no')]);
        expect(replies).to.not.include(content.render('prompts/leaving'));
      });
  }
});

describe('pré-plainte: an address at « Connaissez-vous l\'auteur ? » (tester F10)', () => {
  it('is read as an answer, not a subject: said to be one, and the question comes back',
    async () => {
      const { bot, question } = await assistantAt('authorKnown', KNOWN, START.answer, DIRECTORY);

      const replies = await bot.texts(ADDRESS);

      expect(replies).to.deep.equal([error('prompts/errors.yes_no_address'), question]);
      expect(replies).not.to.include(content.render('faq/faq.harassment'));
    });
});

describe('pré-plainte: a value said in a sentence (tester F10)', () => {
  it('"ça vaut 2500 euros" at « Quelle est sa valeur estimée ? » is 2500 €', async () => {
    const { world, bot } = await assistantAt('itemValue', KNOWN, START.answer, DIRECTORY);

    const replies = await bot.texts('ça vaut 2500 euros');
    for (const answer of after('itemValue')) {
      await bot.texts(answer);
    }

    expect(replies).to.deep.equal([ask('item_more')]);
    expect(stored(world)?.content.facts.items?.[0]?.valueEuros).to.equal(2500);
  });
});
