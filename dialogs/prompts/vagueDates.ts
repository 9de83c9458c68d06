import { DAY_MS, addDays, endOfDay, startOfDay } from './calendar';
import { COUNT_PATTERN, MONTHS, MONTH_PATTERN, readCount } from './dateWords';

/**
 * Periods a citizen gives when they do not remember the day: "début novembre", "en
 * février", "il y a trois semaines", "l'an dernier". They are kept as what they are, a
 * vague span, never turned into an invented day; the date question then asks once whether
 * the citizen remembers the day (see dateDialog.ts).
 */
export type VagueMatch =
  | { kind: 'span'; start: Date; end: Date; vague: true }
  | { kind: 'error'; error: string };

/** A year-less date this close ahead is rather a slip than last year's: ask the year. */
export const YEARLESS_FUTURE_DAYS = 31;

type Part = 'debut' | 'mi' | 'fin' | 'month';

const PART_DAYS: Readonly<Record<Part, [number, number]>> = {
  debut: [1, 10], mi: [11, 20], fin: [21, 31], month: [1, 31],
};

function span(start: Date, end: Date): VagueMatch {
  return { kind: 'span', start, end, vague: true };
}

function lastDayOf(year: number, month: number): number {
  return new Date(year, month + 1, 0).getDate();
}

function partOfMonth(year: number, month: number, part: Part): [Date, Date] {
  const [from, to] = PART_DAYS[part];
  const last = Math.min(to, lastDayOf(year, month));
  return [new Date(year, month, from), endOfDay(new Date(year, month, last))];
}

/**
 * "début novembre", "mi-février", "fin mars 2025", "en novembre", "novembre dernier". A
 * month without its year is the last one begun, unless it is just ahead ("fin mars" said on
 * the 11th): that is asked back rather than read as last year's.
 */
const monthPart = (text: string, now: Date): VagueMatch | undefined => {
  const pattern = new RegExp(
    `(?:^|\\b(debut|mi|fin|mois de|courant) )(${MONTH_PATTERN})\\b( dernier)?(?: (\\d{4}))?`);
  const match = pattern.exec(text);
  if (!match) {
    return undefined;
  }
  const part: Part = match[1] === 'debut' || match[1] === 'mi' || match[1] === 'fin'
    ? match[1] : 'month';
  const month = MONTHS[match[2]];
  if (match[4] !== undefined) {
    return span(...partOfMonth(Number(match[4]), month, part));
  }
  const [start, end] = partOfMonth(now.getFullYear(), month, part);
  if (start <= now && match[3] === undefined) {
    return span(start, end);
  }
  const ahead = (start.getTime() - now.getTime()) / DAY_MS;
  if (start > now && ahead <= YEARLESS_FUTURE_DAYS && match[3] === undefined) {
    return { kind: 'error', error: 'prompts/errors.date_future_no_year' };
  }
  return span(...partOfMonth(now.getFullYear() - 1, month, part));
};

/** "il y a trois semaines" is about then: three days either side, as a span. */
function around(now: Date, daysBack: number, margin: number): VagueMatch {
  const centre = addDays(startOfDay(now), -daysBack);
  return span(addDays(centre, -margin), endOfDay(addDays(centre, margin)));
}

/** Calendar days back to the same date some years and months ago. */
function daysSince(now: Date, years: number, months: number): number {
  const then = new Date(now.getFullYear() - years, now.getMonth() - months, now.getDate());
  return Math.round((startOfDay(now).getTime() - then.getTime()) / DAY_MS);
}

const countBack = (text: string, now: Date): VagueMatch | undefined => {
  if (/\bil y a quelques jours\b/.test(text)) {
    return span(addDays(startOfDay(now), -6), endOfDay(addDays(startOfDay(now), -2)));
  }
  if (/\bil y a quelques semaines\b/.test(text)) {
    return span(addDays(startOfDay(now), -42), endOfDay(addDays(startOfDay(now), -14)));
  }
  if (/\bil y a (?:une )?quinzaine( de jours)?\b|\bil y a quinze jours\b/.test(text)) {
    return around(now, 14, 3);
  }
  const match = new RegExp(`\\bil y a (${COUNT_PATTERN}) (semaines?|mois|ans?)\\b`).exec(text);
  const count = match ? readCount(match[1]) : undefined;
  if (!match || count === undefined || count === 0) {
    return undefined;
  }
  if (match[2].startsWith('semaine')) {
    return around(now, count * 7, 3);
  }
  if (match[2] === 'mois') {
    return around(now, daysSince(now, 0, count), count === 1 ? 7 : 15);
  }
  return around(now, daysSince(now, count, 0), 45);
};

const lastYear = (text: string, now: Date): VagueMatch | undefined => {
  if (!/\bl (?:an|annee) (?:dernier|derniere|passee?)\b/.test(text)) {
    return undefined;
  }
  const year = now.getFullYear() - 1;
  return span(new Date(year, 0, 1), endOfDay(new Date(year, 11, 31)));
};

const READERS = [countBack, lastYear, monthPart];

/** The first vague period found in folded, cleaned text, or undefined. */
export function findVague(text: string, now: Date): VagueMatch | undefined {
  for (const read of READERS) {
    const match = read(text, now);
    if (match) {
      return match;
    }
  }
  return undefined;
}
