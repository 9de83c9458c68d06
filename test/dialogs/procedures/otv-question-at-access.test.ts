import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { normalize } from '../../../nlu/normalize';
import { harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
const NOW = new Date(2026, 11, 4, 10, 0);
const START = 'je pars en vacances';
const KEYS = 'est ce que je dois laisser mes clés a la gendarmerie ?';
// as measured: the model is not sure of any topic
const SHUTTERS = "est-ce qu'il faut laisser les volets ouverts ?";
const HOW_OFTEN = 'au fait, combien de fois vous passez ?';
const KNOWN: Said[] = [{ text: START, topic: 'procedure.otv', score: 0.95 },
  { text: KEYS, normalized: 'est ce que je dois laisser mes cles a la gendarmerie',
    topic: 'faq.contact_unit', score: 0.37 },
  ...[SHUTTERS, HOW_OFTEN, 'faut il fermer les volets'].map((text) =>
    ({ text, normalized: normalize(text), topic: 'none', score: 0.5 }))];

const UNANSWERED = [content.render('prompts/questionUnanswered'),
  content.render('prompts/resume'), content.render('procedures/otv/ask_access')];

async function atAccess() {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const bot = await harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, '42000', '12 rue des Lilas', '20/12', '3 janvier', 'maison']) {
    await bot.texts(answer);
  }
  return { bot, collection };
}

// the question was stored as the access to the home and never answered (tester d33)
describe('OTV: a question typed at the free-text access question', () => {
  const table: Array<[string, string[]]> = [
    [KEYS, UNANSWERED],
    ['faut il fermer les volets', UNANSWERED],
    [SHUTTERS, UNANSWERED],
    [HOW_OFTEN, UNANSWERED],
  ];
  for (const [said, expected] of table) {
    it(`"${said}" is said to be unanswered, and the question comes back`, async () => {
      const { bot } = await atAccess();

      expect(await bot.texts(said)).to.deep.equal(expected);
    });
  }

  it('keeps the real answer given next, never the question', async () => {
    const { bot } = await atAccess();
    await bot.texts(KEYS);

    const next = await bot.texts('portail vert, digicode 1234');

    expect(next.join('\n')).to.include(content.render('procedures/otv/ask_alarm'));
  });

  it('still takes an answer that is no question', async () => {
    const { bot } = await atAccess();

    const next = await bot.texts('le chien est gentil, il faut sonner deux fois');

    expect(next.join('\n')).to.include(content.render('procedures/otv/ask_alarm'));
  });
});
