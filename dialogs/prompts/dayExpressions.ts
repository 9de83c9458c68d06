import { DAY_MS, addDays, calendarDate, endOfDay, startOfDay } from './calendar';
import {
  COUNT_PATTERN, DAY_PATTERN, MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, readCount,
  readDayOfMonth,
} from './dateWords';
import { YEARLESS_FUTURE_DAYS, findVague } from './vagueDates';

/**
 * A day the citizen named, a span of days ("la semaine dernière"; vague when the citizen
 * did not know the day: "début novembre"), or why it cannot be read (a template key).
 */
export type DayMatch =
  | { kind: 'day'; day: Date }
  | { kind: 'span'; start: Date; end: Date; vague?: true }
  | { kind: 'error'; error: string };

type DayReader = (text: string, now: Date) => DayMatch | undefined;

const INVALID: DayMatch = { kind: 'error', error: 'prompts/errors.date_invalid_day' };

function fullYear(raw: string | undefined, month: number, day: number, now: Date):
  number | undefined {
  if (raw !== undefined) {
    return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
  }
  // a date said without its year is the last one that has already begun, unless it is
  // just ahead: "le 12 mars" said on the 11th is a slip, not last year's (asked back)
  const thisYear = new Date(now.getFullYear(), month, day);
  const ahead = (thisYear.getTime() - now.getTime()) / DAY_MS;
  if (thisYear > now && ahead <= YEARLESS_FUTURE_DAYS && calendarDate(
    now.getFullYear(), month, day) !== undefined) {
    return undefined;
  }
  return thisYear > now ? now.getFullYear() - 1 : now.getFullYear();
}

function dayOf(year: number | undefined, month: number, day: number): DayMatch {
  if (year === undefined) {
    return { kind: 'error', error: 'prompts/errors.date_future_no_year' };
  }
  const date = calendarDate(year, month, day);
  return date ? { kind: 'day', day: date } : INVALID;
}

/** "lundi 2 mars" must be a Monday: a slip in either is asked back, not guessed. */
function onWeekday(match: DayMatch, text: string): DayMatch {
  const said = new RegExp(`\\b(${WEEKDAY_PATTERN}) (?:le )?(?:${DAY_PATTERN})\\b`).exec(text);
  if (match.kind !== 'day' || !said || WEEKDAYS[said[1]] === match.day.getDay()) {
    return match;
  }
  return { kind: 'error', error: 'prompts/errors.date_weekday_mismatch' };
}

const numericDate: DayReader = (text, now) => {
  const match = /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b/.exec(text);
  if (!match) {
    return undefined;
  }
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) {
    return INVALID;
  }
  return dayOf(fullYear(match[3], month, day, now), month, day);
};

const dayAndMonth: DayReader = (text, now) => {
  const pattern = new RegExp(`\\b(${DAY_PATTERN}) (${MONTH_PATTERN})\\b(?: (\\d{4}))?`);
  const match = pattern.exec(text);
  const day = match ? readDayOfMonth(match[1]) : undefined;
  if (!match || day === undefined) {
    return undefined;
  }
  const month = MONTHS[match[2]];
  return onWeekday(dayOf(fullYear(match[3], month, day, now), month, day), text);
};

/** What may follow a number that is no day of the month: "3 jours", "14h", "2 fois". */
const NOT_A_DAY = '(?! ?(?:h\\b|heures?|:|jours?|j\\b|semaines?|mois|ans?|minutes?|fois))';

/**
 * "le 1er", "le 15 vers 20h", "samedi 7": a day of this month when it has come, of the
 * last month when a weekday says which; otherwise the month is asked, never guessed.
 */
const dayOfMonth: DayReader = (text, now) => {
  const pattern = new RegExp(
    `(?:^|\\b(${WEEKDAY_PATTERN}) (?:le )?)(${DAY_PATTERN})\\b${NOT_A_DAY}`);
  const match = pattern.exec(text);
  const day = match ? readDayOfMonth(match[2]) : undefined;
  if (!match || day === undefined || day < 1 || day > 31) {
    return match ? INVALID : undefined;
  }
  if (day <= now.getDate()) {
    return onWeekday(dayOf(now.getFullYear(), now.getMonth(), day), text);
  }
  if (match[1] === undefined) {
    return { kind: 'error', error: 'prompts/errors.date_month_missing' };
  }
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return onWeekday(dayOf(lastMonth.getFullYear(), lastMonth.getMonth(), day), text);
};

/** Past facts only: "samedi prochain", "dans 2 jours" are refused as the future. */
const FUTURE = new RegExp(
  `\\b(prochaine?|dans (?:${COUNT_PATTERN}) (?:jours?|semaines?|mois))\\b`);

const ahead: DayReader = (text) => {
  return FUTURE.test(text) ? { kind: 'error', error: 'prompts/errors.date_future' } : undefined;
};

const relativeWords: ReadonlyArray<[RegExp, number]> = [
  [/\bapres demain\b/, 2],
  [/\bdemain\b/, 1],
  [/\bavant hier\b/, -2],
  [/\bhier\b/, -1],
  [/\bcette nuit\b/, -1],
  [/\b(aujourd ?hui|ce matin|cet apres midi|ce midi|ce soir|tout a l heure|tantot)\b/, 0],
];

const relativeDay: DayReader = (text, now) => {
  for (const [pattern, offset] of relativeWords) {
    if (pattern.test(text)) {
      return { kind: 'day', day: addDays(startOfDay(now), offset) };
    }
  }
  return undefined;
};

/** "il y a 3 jours" is a day; weeks and "quinze jours" are periods (vagueDates.ts). */
const daysAgo: DayReader = (text, now) => {
  const match = new RegExp(`\\bil y a (${COUNT_PATTERN}) jours?\\b`).exec(text);
  const count = match ? readCount(match[1]) : undefined;
  if (count === undefined) {
    return undefined;
  }
  return { kind: 'day', day: addDays(startOfDay(now), -count) };
};

const weekday: DayReader = (text, now) => {
  const match = new RegExp(`\\b(${WEEKDAY_PATTERN})( dernier)?\\b`).exec(text);
  if (!match) {
    return undefined;
  }
  let back = (now.getDay() - WEEKDAYS[match[1]] + 7) % 7;
  if (back === 0 && match[2] !== undefined) {
    back = 7;
  }
  return { kind: 'day', day: addDays(startOfDay(now), -back) };
};

const lastWeek: DayReader = (text, now) => {
  const today = startOfDay(now);
  if (/\b(la )?semaine derniere\b/.test(text)) {
    const monday = addDays(today, -((today.getDay() + 6) % 7) - 7);
    return { kind: 'span', start: monday, end: endOfDay(addDays(monday, 6)), vague: true };
  }
  const weekend = /\bweek ?end( dernier)?\b/.exec(text);
  if (weekend) {
    // "ce week-end" said on a weekend day is this one; "le week-end dernier" the one before
    let back = (today.getDay() + 1) % 7;
    back = back <= 1 && weekend[1] !== undefined ? back + 7 : back;
    const saturday = addDays(today, -back);
    return { kind: 'span', start: saturday, end: endOfDay(addDays(saturday, 1)) };
  }
  if (/\bmois dernier\b/.test(text)) {
    const start = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    const end = endOfDay(new Date(today.getFullYear(), today.getMonth(), 0));
    return { kind: 'span', start, end, vague: true };
  }
  return undefined;
};

const READERS: readonly DayReader[] = [
  ahead, numericDate, dayAndMonth, findVague, daysAgo, lastWeek, relativeDay, dayOfMonth,
  weekday,
];

/** The first day expression found in folded text, or undefined when there is none. */
export function findDay(text: string, now: Date): DayMatch | undefined {
  for (const read of READERS) {
    const match = read(text, now);
    if (match) {
      return match;
    }
  }
  return undefined;
}
