import { expect } from 'chai';
import { parseAbsenceDay } from '../../../dialogs/procedures/otv/dates';
import { ageOn } from '../../../dialogs/prompts/birthDate';
import {
  fromParisWallClock, parisInstant, parisOffsetMinutes, toParisWallClock,
} from '../../../dialogs/prompts/parisTime';

describe('Paris time', () => {
  const offsets: Array<[string, number]> = [
    ['2026-01-15T12:00:00Z', 60], ['2026-07-15T12:00:00Z', 120],
    ['2026-03-29T00:59:59Z', 60], ['2026-03-29T01:00:00Z', 120],
    ['2026-10-25T00:59:59Z', 120], ['2026-10-25T01:00:00Z', 60],
  ];
  offsets.forEach(([iso, minutes]) => {
    it(`is UTC+${minutes / 60} h at ${iso}`, () => {
      expect(parisOffsetMinutes(new Date(iso))).to.equal(minutes);
    });
  });

  it('goes from an instant to the Paris wall clock and back', () => {
    const instant = new Date('2026-07-14T22:30:15.250Z');

    const wall = toParisWallClock(instant);

    expect([wall.getDate(), wall.getHours(), wall.getMinutes()]).to.deep.equal([15, 0, 30]);
    expect(fromParisWallClock(wall).toISOString()).to.equal(instant.toISOString());
  });

  it('makes real instants of Paris dates, summer and winter', () => {
    expect(parisInstant(2026, 12, 24, 18).toISOString()).to.equal('2026-12-24T17:00:00.000Z');
    expect(parisInstant(2026, 6, 21, 18).toISOString()).to.equal('2026-06-21T16:00:00.000Z');
  });

  it('reads "aujourd\'hui" of the holiday watch by the Paris calendar', () => {
    const lateEvening = new Date('2026-12-04T23:30:00Z');

    expect(parseAbsenceDay("aujourd'hui", lateEvening)).to.deep.equal(
      { ok: true, value: '2026-12-05' });
  });

  it('counts a birthday by the Paris calendar', () => {
    expect(ageOn('2008-12-05', new Date('2026-12-04T23:30:00Z'))).to.equal(18);
  });
});
