import { expect } from 'chai';
import { parseAbsenceDay } from '../../../dialogs/procedures/otv/dates';

/** Friday 4 December 2026, mid-morning. */
const NOW = new Date(2026, 11, 4, 10, 0);

// tester20: a departure "hier" was "not a date", where it is a date gone by
describe('OTV: a departure day already gone, said in words', () => {
  for (const said of ['hier', 'je suis parti hier', 'avant-hier', 'avant hier soir']) {
    it(`"${said}" is a past date, not an unknown one`, () => {
      const answer = parseAbsenceDay(said, NOW);

      expect(answer.ok).to.equal(false);
      expect(answer.ok ? '' : answer.error).to.equal('procedures/otv/errors.date_past');
    });
  }

  it('a day to come said beside "hier" is the one meant', () => {
    expect(parseAbsenceDay("j'ai réservé hier, je pars demain", NOW))
      .to.deep.include({ ok: true, value: '2026-12-05' });
    expect(parseAbsenceDay('réservé hier, départ le 20/12', NOW))
      .to.deep.include({ ok: true, value: '2026-12-20' });
  });

  it('"demain" and "après-demain" stay days to come', () => {
    expect(parseAbsenceDay('demain', NOW)).to.deep.include({ ok: true, value: '2026-12-05' });
    expect(parseAbsenceDay('après-demain', NOW)).to.deep.include({ ok: true, value: '2026-12-06' });
  });
});
