import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { absenceInSentence } from '../../../dialogs/procedures/otv/dates';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { harness } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');
/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);
const FIRST = 'je pars en vacances du 10 au 24 juillet, vous pouvez surveiller ma maison ?';

/**
 * The replies to the opening message, then to the address, asked first (t99): the days
 * given are noted at once and their questions skipped once the address is given.
 */
async function otvStartedWith(text: string): Promise<string[]> {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const bot = await harness({ known: [{ text, topic: 'procedure.otv', score: 0.95 }],
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  const opening = await bot.texts(text);
  expect(opening.at(-1)).to.equal(content.render('procedures/otv/ask_commune'));
  await bot.texts('42000');
  return [...opening, ...await bot.texts('12 rue des Lilas')];
}

describe('OTV: days of absence given in the first message (F3)', () => {
  it('are noted, and neither the departure nor the return is asked', async () => {
    const replies = await otvStartedWith(FIRST);

    expect(replies).to.include(content.render('procedures/otv/dates_noted',
      { from: 'samedi 10 juillet 2027', to: 'samedi 24 juillet 2027' }));
    expect(replies).not.to.include(content.render('procedures/otv/ask_from'));
    expect(replies.at(-1)).to.equal(content.render('procedures/otv/ask_home'));
  });

  it('are still asked when the first message gives none, or only part of them', async () => {
    const none = await otvStartedWith('je pars en vacances, vous pouvez surveiller ma maison ?');

    expect(none.at(-1)).to.equal(content.render('procedures/otv/ask_from'));
    expect(absenceInSentence('je pars du 10 au 24 et je rentre tard', NOW)).to.equal(undefined);
    expect(absenceInSentence('on part du 28/12 au 3/01 chez ma soeur', NOW))
      .to.deep.equal({ from: '2026-12-28', to: '2027-01-03' });
  });
});

// tester15's F14: the departure alone was asked again
describe('OTV: the departure day alone given in the first message (tester15 F14)', () => {
  const STARTS: Array<[string, string]> = [
    ['je pars en vacances le 10 août, je voudrais une surveillance', 'mardi 10 août 2027'],
    ['on part à partir du 23 décembre, vous pouvez surveiller la maison ?',
      'mercredi 23 décembre 2026'],
    ['je serai absente le 12/07 pour trois semaines, surveillance svp', 'lundi 12 juillet 2027'],
  ];

  for (const [said, day] of STARTS) {
    it(`"${said}" → departure noted (${day}), the return asked next`, async () => {
      const replies = await otvStartedWith(said);

      expect(replies).to.include(content.render('procedures/otv/departure_noted',
        { from: day }));
      expect(replies).not.to.include(content.render('procedures/otv/ask_from'));
      expect(replies.at(-1)).to.equal(content.render('procedures/otv/ask_to'));
    });
  }

  it('"le 10" alone, or a day that is not the departure, is not taken', async () => {
    const alone = await otvStartedWith('je pars le 10, je voudrais une surveillance');
    const other = await otvStartedWith("j'ai été cambriolé le 3 mai, je pars bientôt");

    expect(alone.at(-1)).to.equal(content.render('procedures/otv/ask_from'));
    expect(other.at(-1)).to.equal(content.render('procedures/otv/ask_from'));
  });
});
