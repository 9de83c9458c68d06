import { expect } from 'chai';
import { timeZoneOfCommune } from '../../../dialogs/prompts/communeTimeZone';
import { parsePreciseDay } from '../../../dialogs/prompts/dateDialog';
import { parseFrenchDate } from '../../../dialogs/prompts/frenchDate';
import { zoneOffsetMinutes, zonedInstant } from '../../../dialogs/prompts/zonedTime';

// 2026-12-05 02:27 UTC: 03:27 on Saturday 5 December in Paris, 22:27 on Friday 4 December
// in Guadeloupe, 06:27 on Saturday 5 December in Réunion.
const NOW = new Date('2026-12-05T02:27:00Z');
const GUADELOUPE = 'America/Guadeloupe';
const REUNION = 'Indian/Reunion';

function read(said: string, zone?: string): { start: string; end: string } {
  const result = parseFrenchDate(said, NOW, zone);
  if (!result.ok) {
    throw new Error(`"${said}" not understood: ${result.error}`);
  }
  return { start: result.value.start.toISOString(), end: result.value.end.toISOString() };
}

describe('dates said overseas are read in the commune\'s own time', () => {
  it('gives each overseas INSEE prefix its zone, and Paris to everything else', () => {
    expect(['97120', '97209', '97302', '97411', '97502', '97608', '97701', '97801', '98611',
      '98735', '98818'].map(timeZoneOfCommune)).to.deep.equal([GUADELOUPE,
      'America/Martinique', 'America/Cayenne', REUNION, 'America/Miquelon', 'Indian/Mayotte',
      GUADELOUPE, GUADELOUPE, 'Pacific/Wallis', 'Pacific/Tahiti', 'Pacific/Noumea']);
    expect(['75056', '2A004', '69123', '97'].map(timeZoneOfCommune))
      .to.deep.equal(['Europe/Paris', 'Europe/Paris', 'Europe/Paris', 'Europe/Paris']);
  });

  it('knows the offsets, Paris summer time included', () => {
    expect(zoneOffsetMinutes(NOW, GUADELOUPE)).to.equal(-240);
    expect(zoneOffsetMinutes(NOW, REUNION)).to.equal(240);
    expect(zoneOffsetMinutes(NOW, 'Europe/Paris')).to.equal(60);
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Europe/Paris')).to.equal(120);
    expect(zonedInstant(GUADELOUPE, 2026, 12, 3, 23).toISOString())
      .to.equal('2026-12-04T03:00:00.000Z');
  });

  it('reads "hier vers 23h" as 3 December 23:00 in Guadeloupe, where it is still the 4th',
    () => {
      expect(read('hier vers 23h', GUADELOUPE).start).to.equal('2026-12-04T03:00:00.000Z');
    });

  it('reads the same words as 4 December 23:00 in Paris, where it is already the 5th', () => {
    expect(read('hier vers 23h').start).to.equal('2026-12-04T22:00:00.000Z');
    expect(read('hier vers 23h', 'Europe/Paris').start).to.equal('2026-12-04T22:00:00.000Z');
  });

  it('reads "hier vers 23h" as 4 December 23:00 in Réunion, 4 hours ahead of UTC', () => {
    expect(read('hier vers 23h', REUNION).start).to.equal('2026-12-04T19:00:00.000Z');
  });

  it('spans a whole local day: "hier" in Guadeloupe is 3 December, midnight to midnight',
    () => {
      expect(read('hier', GUADELOUPE)).to.deep.equal({ start: '2026-12-03T04:00:00.000Z',
        end: '2026-12-04T03:59:59.999Z' });
    });

  it('checks "in the future" against the citizen\'s own now', () => {
    // 23:00 on the 4th has not come yet in Guadeloupe (22:27), long past in Paris
    const guadeloupe = parseFrenchDate('le 4 décembre à 23h', NOW, GUADELOUPE);
    expect(guadeloupe.ok ? 'accepted' : guadeloupe.error).to.equal('prompts/errors.date_future');
    expect(read('le 4 décembre à 23h').start).to.equal('2026-12-04T22:00:00.000Z');
    // 05:00 on the 5th is past in Réunion (06:27), still to come in Paris (03:27)
    expect(read('aujourd\'hui à 5h', REUNION).start).to.equal('2026-12-05T01:00:00.000Z');
    expect(parseFrenchDate('aujourd\'hui à 5h', NOW).ok).to.equal(false);
  });

  it('reads the day remembered after a vague period in the period\'s zone', () => {
    const period = { start: '2026-11-01T04:00:00.000Z', end: '2026-11-11T03:59:59.999Z',
      said: 'début novembre', timeZone: GUADELOUPE };
    const day = parsePreciseDay('le 3 vers 23h', period, NOW);
    expect(day.ok && day.value.start.toISOString()).to.equal('2026-11-04T03:00:00.000Z');
  });
});
