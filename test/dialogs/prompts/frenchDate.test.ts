import { expect } from 'chai';
import { parseFrenchDate } from '../../../dialogs/prompts/frenchDate';
import { parisInstant } from '../../../dialogs/prompts/parisTime';

// Wednesday 11 March 2026, 15:00 in Paris: every relative word is read against it, and
// every time the citizen gives is Paris time, whatever the server's time zone.
const NOW = parisInstant(2026, 3, 11, 15);

function at(month: number, day: number, hours = 0, minutes = 0, year = 2026): Date {
  return parisInstant(year, month, day, hours, minutes);
}

function endOf(month: number, day: number, year = 2026): Date {
  return parisInstant(year, month, day, 23, 59, 59, 999);
}

interface Case {
  said: string;
  start: Date;
  end: Date;
  precision: string;
  vague?: true;
}

const understood: Case[] = [
  { said: 'hier soir vers 22h', start: at(3, 10, 22), end: at(3, 10, 22), precision: 'time' },
  { said: 'Hier soir vers 10h', start: at(3, 10, 22), end: at(3, 10, 22), precision: 'time' },
  { said: 'hier', start: at(3, 10), end: endOf(3, 10), precision: 'day' },
  { said: 'avant-hier', start: at(3, 9), end: endOf(3, 9), precision: 'day' },
  { said: "aujourd'hui à 9h30", start: at(3, 11, 9, 30), end: at(3, 11, 9, 30),
    precision: 'time' },
  { said: 'ce matin', start: at(3, 11, 6), end: parisInstant(2026, 3, 11, 11, 59, 59, 999),
    precision: 'part_of_day' },
  { said: 'le 3 mars', start: at(3, 3), end: endOf(3, 3), precision: 'day' },
  { said: 'le 1er mars à 14h', start: at(3, 1, 14), end: at(3, 1, 14), precision: 'time' },
  { said: 'le 25 décembre', start: at(12, 25, 0, 0, 2025), end: endOf(12, 25, 2025),
    precision: 'day' },
  { said: '03/03/2026', start: at(3, 3), end: endOf(3, 3), precision: 'day' },
  { said: '3-3-26 vers 8h', start: at(3, 3, 8), end: at(3, 3, 8), precision: 'time' },
  { said: 'samedi dernier', start: at(3, 7), end: endOf(3, 7), precision: 'day' },
  { said: 'mercredi dernier', start: at(3, 4), end: endOf(3, 4), precision: 'day' },
  { said: 'lundi après-midi', start: at(3, 9, 12), end: parisInstant(2026, 3, 9, 17, 59, 59, 999),
    precision: 'part_of_day' },
  { said: 'il y a 3 jours', start: at(3, 8), end: endOf(3, 8), precision: 'day' },
  { said: 'il y a deux heures', start: at(3, 11, 13), end: at(3, 11, 13), precision: 'time' },
  { said: 'cette nuit vers 3h', start: at(3, 11, 3), end: at(3, 11, 3), precision: 'time' },
  { said: 'du 3 au 5 mars', start: at(3, 3), end: endOf(3, 5), precision: 'range' },
  { said: 'entre samedi soir et dimanche matin', start: at(3, 7, 18),
    end: parisInstant(2026, 3, 8, 11, 59, 59, 999), precision: 'range' },
  { said: 'la nuit du 7 au 8 mars', start: at(3, 7, 20), end: at(3, 8, 8), precision: 'range' },
  { said: 'la semaine dernière', start: at(3, 2), end: endOf(3, 8), precision: 'range',
    vague: true },
  { said: 'le week-end dernier', start: at(3, 7), end: endOf(3, 8), precision: 'range' },
  { said: "aujourd'hui", start: at(3, 11), end: NOW, precision: 'day' },
  { said: 'ce week-end', start: at(3, 7), end: endOf(3, 8), precision: 'range' },
  { said: 'hier entre 14h et 16h30', start: at(3, 10, 14), end: at(3, 10, 16, 30),
    precision: 'range' },
  { said: 'dans la nuit de samedi à dimanche', start: at(3, 7, 20), end: at(3, 8, 8),
    precision: 'range' },
  { said: 'lundi 2 mars vers 8h', start: at(3, 2, 8), end: at(3, 2, 8), precision: 'time' },
];

/** Relative and spelled dates as citizens type them; a period stands for a forgotten day. */
const spoken: Case[] = [
  { said: 'y a 2 jours', start: at(3, 9), end: endOf(3, 9), precision: 'day' },
  { said: 'ya 3 jours', start: at(3, 8), end: endOf(3, 8), precision: 'day' },
  { said: 'ça fait 4 jours', start: at(3, 7), end: endOf(3, 7), precision: 'day' },
  { said: 'il y a 2j', start: at(3, 9), end: endOf(3, 9), precision: 'day' },
  { said: 'avant-hier soir', start: at(3, 9, 18), end: endOf(3, 9), precision: 'part_of_day' },
  { said: 'samedi dernier vers 23h', start: at(3, 7, 23), end: at(3, 7, 23),
    precision: 'time' },
  { said: 'le vingt trois novembre', start: at(11, 23, 0, 0, 2025),
    end: endOf(11, 23, 2025), precision: 'day' },
  { said: 'le trente et un décembre', start: at(12, 31, 0, 0, 2025),
    end: endOf(12, 31, 2025), precision: 'day' },
  { said: 'le premier mars', start: at(3, 1), end: endOf(3, 1), precision: 'day' },
  { said: 'le 1 er mars', start: at(3, 1), end: endOf(3, 1), precision: 'day' },
  { said: 'le 1er', start: at(3, 1), end: endOf(3, 1), precision: 'day' },
  { said: 'le 10 vers 20h', start: at(3, 10, 20), end: at(3, 10, 20), precision: 'time' },
  { said: 'samedi 28', start: at(2, 28), end: endOf(2, 28), precision: 'day' },
  { said: 'hier ou avant-hier', start: at(3, 9), end: endOf(3, 10), precision: 'range' },
  { said: 'il y a trois semaines', start: at(2, 15), end: endOf(2, 21), precision: 'range',
    vague: true },
  { said: 'il y a quinze jours', start: at(2, 22), end: endOf(2, 28), precision: 'range',
    vague: true },
  { said: 'il y a un mois', start: at(2, 4), end: endOf(2, 18), precision: 'range',
    vague: true },
  { said: 'il y a quelques jours', start: at(3, 5), end: endOf(3, 9), precision: 'range',
    vague: true },
  { said: 'début novembre', start: at(11, 1, 0, 0, 2025), end: endOf(11, 10, 2025),
    precision: 'range', vague: true },
  { said: 'mi-février', start: at(2, 11), end: endOf(2, 20), precision: 'range', vague: true },
  { said: 'fin février', start: at(2, 21), end: endOf(2, 28), precision: 'range', vague: true },
  { said: 'en novembre', start: at(11, 1, 0, 0, 2025), end: endOf(11, 30, 2025),
    precision: 'range', vague: true },
  { said: 'début mars', start: at(3, 1), end: endOf(3, 10), precision: 'range', vague: true },
  { said: "l'an dernier", start: at(1, 1, 0, 0, 2025), end: endOf(12, 31, 2025),
    precision: 'range', vague: true },
  { said: 'ya 20 min', start: at(3, 11, 14, 40), end: at(3, 11, 14, 40), precision: 'time' },
  { said: 'il y a 2h', start: at(3, 11, 13), end: at(3, 11, 13), precision: 'time' },
  { said: "à l'instant", start: NOW, end: NOW, precision: 'time' },
  { said: 'la nuit dernière', start: at(3, 10, 22),
    end: parisInstant(2026, 3, 11, 5, 59, 59, 999), precision: 'part_of_day' },
  { said: 'depuis lundi', start: at(3, 9), end: NOW, precision: 'range' },
  { said: 'depuis 3 jours', start: at(3, 8), end: NOW, precision: 'range' },
  { said: 'le 10 ou le 11', start: at(3, 10), end: NOW, precision: 'range' },
  { said: 'à Noël', start: at(12, 25, 0, 0, 2025), end: endOf(12, 25, 2025), precision: 'day' },
  { said: 'hier en fin de journée', start: at(3, 10, 18), end: endOf(3, 10),
    precision: 'part_of_day' },
];

const refused: Array<{ said: string; error: string }> = [
  { said: 'samedi prochain', error: 'prompts/errors.date_future' },
  { said: 'la semaine prochaine', error: 'prompts/errors.date_future' },
  { said: 'dans 2 jours', error: 'prompts/errors.date_future' },
  { said: 'le 12 mars', error: 'prompts/errors.date_future_no_year' },
  { said: 'fin mars', error: 'prompts/errors.date_future_no_year' },
  { said: 'le 15', error: 'prompts/errors.date_month_missing' },
  { said: 'le vingt et un', error: 'prompts/errors.date_month_missing' },
  { said: 'samedi 8 mars', error: 'prompts/errors.date_weekday_mismatch' },
  { said: 'lundi 3', error: 'prompts/errors.date_weekday_mismatch' },
  { said: 'le 32', error: 'prompts/errors.date_invalid_day' },
  { said: 'demain', error: 'prompts/errors.date_future' },
  { said: 'je sais plus', error: 'prompts/errors.date_forgotten' },
  { said: "j'ai oublié", error: 'prompts/errors.date_forgotten' },
  { said: 'la veille', error: 'prompts/errors.date_unknown' },
  { said: '', error: 'prompts/errors.date_unknown' },
  { said: 'vers 22h', error: 'prompts/errors.date_day_missing' },
  { said: 'ce soir', error: 'prompts/errors.date_future' },
  { said: 'le 12/03/2026', error: 'prompts/errors.date_future' },
  { said: 'aujourd hui à 18h', error: 'prompts/errors.date_future' },
  { said: 'le 31 février', error: 'prompts/errors.date_invalid_day' },
  { said: '12/13/2025', error: 'prompts/errors.date_invalid_day' },
  { said: 'hier à 25h', error: 'prompts/errors.date_bad_time' },
  { said: 'du 5 au 3 mars', error: 'prompts/errors.date_range_order' },
  { said: 'hier de 16h à 14h', error: 'prompts/errors.date_range_order' },
  { said: 'le 3 mars 2015', error: 'prompts/errors.date_too_old' },
];

describe('French date parser', () => {
  for (const { said, start, end, precision, vague } of [...understood, ...spoken]) {
    it(`reads "${said}"${vague ? ' as a vague period' : ''}`, () => {
      const result = parseFrenchDate(said, NOW);

      const value = vague ? { start, end, precision, vague } : { start, end, precision };
      expect(result).to.deep.equal({ ok: true, value });
    });
  }

  for (const { said, error } of refused) {
    it(`refuses "${said}" with ${error}`, () => {
      expect(parseFrenchDate(said, NOW)).to.deep.equal({ ok: false, error });
    });
  }

  it('reads "ce week-end" said on a Sunday as this one, "le week-end dernier" as the one before',
    () => {
      const sunday = parisInstant(2026, 3, 8, 20);

      const thisOne = parseFrenchDate('ce week-end', sunday);
      const lastOne = parseFrenchDate('le week-end dernier', sunday);

      expect(thisOne.ok && thisOne.value.start).to.deep.equal(at(3, 7));
      expect(lastOne.ok && lastOne.value.start).to.deep.equal(at(2, 28));
    });

  it('reads a date said without its year as the last one already begun', () => {
    const inJanuary = parisInstant(2026, 1, 5, 12);

    const result = parseFrenchDate('le 3 mars', inJanuary);

    expect(result.ok && result.value.start).to.deep.equal(at(3, 3, 0, 0, 2025));
  });

  describe('Paris time across the change to summer time (Sunday 29 March 2026)', () => {
    const monday = parisInstant(2026, 3, 30, 12);
    const dst: Array<[string, string, string]> = [
      ['avant hier vers 18h', '2026-03-28T17:00:00.000Z', '18:00 in winter time is 17:00Z'],
      ['hier vers 18h', '2026-03-29T16:00:00.000Z', '18:00 in summer time is 16:00Z'],
      ['hier à 1h30', '2026-03-29T00:30:00.000Z', 'before the change, still winter time'],
      ['hier à 3h30', '2026-03-29T01:30:00.000Z', 'after the change, summer time'],
      ['ce matin', '2026-03-30T04:00:00.000Z', 'a part of the day starts at 6:00 Paris'],
    ];
    dst.forEach(([said, iso, why]) => {
      it(`stores "${said}" as ${iso}: ${why}`, () => {
        const result = parseFrenchDate(said, monday);

        expect(result.ok && result.value.start.toISOString()).to.equal(iso);
      });
    });

    it('spans the night of the change with real instants (11 h, not 12)', () => {
      const result = parseFrenchDate('la nuit du 28 au 29 mars', monday);

      expect(result.ok && [result.value.start.toISOString(), result.value.end.toISOString()])
        .to.deep.equal(['2026-03-28T19:00:00.000Z', '2026-03-29T06:00:00.000Z']);
    });

    it('reads "hier" by the Paris calendar just after midnight in Paris (22:30Z)', () => {
      const justAfterMidnight = new Date('2026-07-14T22:30:00Z');

      const result = parseFrenchDate('hier', justAfterMidnight);

      expect(result.ok && result.value.start.toISOString()).to.equal('2026-07-13T22:00:00.000Z');
    });

    it('refuses "aujourd\'hui à 23h" at 22:30Z, already the next day in Paris', () => {
      const result = parseFrenchDate("aujourd'hui à 23h", new Date('2026-07-14T22:30:00Z'));

      expect(result).to.deep.equal({ ok: false, error: 'prompts/errors.date_future' });
    });
  });
});
