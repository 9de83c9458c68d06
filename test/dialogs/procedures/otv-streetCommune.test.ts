import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { parseStreet } from '../../../dialogs/procedures/otv/parsers';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

/** The shipped commune table, as the OTV reads it in service. */
const postcodes = loadPostcodeDirectory();
const NOW = new Date(2026, 11, 4, 10, 0);
const START = 'je pars en vacances';
const KNOWN: Said[] = [{ text: START, topic: 'procedure.otv', score: 0.95 }];
const HELP = content.render('procedures/otv/errors.street_commune');
const HOME = content.render('procedures/otv/ask_home');

async function otvAtStreet() {
  const collection = new MemoryCollection<OtvRequest>();
  const store = new OtvStore(collection, { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const bot = await harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, '29000']) {
    await bot.texts(answer);
  }
  return bot;
}

describe('OTV: a commune or a postcode alone at the street question (t65)', () => {
  for (const said of ['Quimper', 'quimper', '29000', '29000 Quimper', 'Quimper (29000)',
    'à Quimper', 'Rennes']) {
    it(`"${said}" is asked again with what is needed`, async () => {
      const bot = await otvAtStreet();

      const replies = await bot.texts(said);

      expect(replies).to.have.length(1);
      expect(replies[0]).to.include(HELP);
      expect(replies.join('\n')).not.to.include(HOME);
    });
  }

  it('the street typed next is the one kept', async () => {
    const bot = await otvAtStreet();
    await bot.texts('Quimper');

    const replies = await bot.texts('12 rue de Brest');

    expect(replies[replies.length - 1]).to.equal(content.render('procedures/otv/ask_from'));
  });

  const streets: ReadonlyArray<[string, boolean]> = [
    ['12 rue des Lilas', true], ['lieu-dit Kerbras', true], ['Kerbras', true],
    ['Route de Brest', true], ['lieu-dit Le Bourg', true], ['La Gare', true],
    ['Quimper', false], ['29000', false], ['Quimper 29000', false], ['Saint-Denis', false],
  ];
  for (const [said, accepted] of streets) {
    it(`parseStreet("${said}") is ${accepted ? 'a street' : 'no street'}`, () => {
      expect(parseStreet(said, postcodes).ok).to.equal(accepted);
    });
  }
});
