import { expect } from 'chai';
import { otvProcedure, OtvStore } from '../../../dialogs/procedures/otv';
import { parseAbsenceDay } from '../../../dialogs/procedures/otv/dates';
import type { OtvRequest } from '../../../dialogs/procedures/otv/types';
import { parsePostcodeTable } from '../../../geo/postcodes';
import { harness, type Said } from '../../bots/harness';
import { MemoryCollection } from '../../helpers/memoryCollection';
import { content } from './harness';

const postcodes = parsePostcodeTable('42218\t42000\tSaint Etienne\t45.43\t4.38\t');

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

const START = 'je pars en vacances';
const KNOWN: Said[] = [{ text: START, topic: 'procedure.otv', score: 0.95 }];
const HOME = content.render('procedures/otv/ask_home');
const UNKNOWN_DATE = content.render('procedures/otv/errors.date_unknown');

/** The whole assistant in an OTV whose departure is Sunday 20 December 2026. */
async function atReturn() {
  const store = new OtvStore(new MemoryCollection<OtvRequest>(),
    { clock: () => NOW, newReference: () => 'OTV-T-1' });
  const bot = await harness({ known: KNOWN,
    procedures: [otvProcedure({ content, postcodes, store, clock: () => NOW })] });
  for (const answer of [START, '42000', '12 rue des Lilas', '20/12']) {
    await bot.texts(answer);
  }
  return bot;
}

// a tester's finding: "3 semaines" at « quel jour rentrez-vous ? » was not understood
describe('OTV: the return given as a length of stay from the departure', () => {
  const table: Array<[string, string[]]> = [
    ['3 semaines', [HOME]],
    ['10 jours', [HOME]],
    ['un mois', [HOME]],
    ['pour deux semaines', [HOME]],
    ['pendant 15 jours', [HOME]],
    ['3 semaines environ', [HOME]],
    ['0 jour', [content.render('procedures/otv/errors.end_before_start')]],
    ['longtemps', [UNKNOWN_DATE]],
  ];
  table.forEach(([said, replies]) => {
    it(`"${said}" after leaving on the 20th → ${replies[0].slice(0, 40)}…`, async () => {
      const bot = await atReturn();

      expect(await bot.texts(said)).to.deep.equal(replies);
    });
  });

  const days: Array<[string, string]> = [
    ['3 semaines', '2027-01-10'], ['10 jours', '2026-12-30'], ['un mois', '2027-01-20'],
    ['une semaine', '2026-12-27'], ['2 mois', '2027-02-20'], ['une quinzaine', '2027-01-03'],
    // "dans" still counts from today
    ['dans 3 semaines', '2026-12-25'],
  ];
  days.forEach(([said, iso]) => {
    it(`"${said}" after a departure on 2026-12-20 is ${iso}`, () => {
      expect(parseAbsenceDay(said, NOW, '2026-12-20')).to.deep.equal({ ok: true, value: iso });
    });
  });

  it('reads no length of stay at the departure question', () => {
    expect(parseAbsenceDay('3 semaines', NOW).ok).to.equal(false);
  });
});
