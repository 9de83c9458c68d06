import { addDays, calendarDate, endOfDay, startOfDay } from './calendar';
import {
  COUNT_PATTERN, MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, readCount,
} from './dateWords';

/** A day the citizen named, or a span of days ("la semaine dernière"). */
export type DayMatch =
  | { kind: 'day'; day: Date }
  | { kind: 'span'; start: Date; end: Date }
  | { kind: 'invalid' };

type DayReader = (text: string, now: Date) => DayMatch | undefined;

function fullYear(raw: string | undefined, month: number, day: number, now: Date): number {
  if (raw !== undefined) {
    return raw.length === 2 ? 2000 + Number(raw) : Number(raw);
  }
  // a date said without its year is the last one that has already begun
  const thisYear = new Date(now.getFullYear(), month, day);
  return thisYear > now ? now.getFullYear() - 1 : now.getFullYear();
}

function dayOf(year: number, month: number, day: number): DayMatch {
  const date = calendarDate(year, month, day);
  return date ? { kind: 'day', day: date } : { kind: 'invalid' };
}

const numericDate: DayReader = (text, now) => {
  const match = /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b/.exec(text);
  if (!match) {
    return undefined;
  }
  const day = Number(match[1]);
  const month = Number(match[2]) - 1;
  if (month < 0 || month > 11) {
    return { kind: 'invalid' };
  }
  return dayOf(fullYear(match[3], month, day, now), month, day);
};

const dayAndMonth: DayReader = (text, now) => {
  const pattern = new RegExp(`\\b(\\d{1,2})(?:er)? (${MONTH_PATTERN})\\b(?: (\\d{4}))?`);
  const match = pattern.exec(text);
  if (!match) {
    return undefined;
  }
  const day = Number(match[1]);
  const month = MONTHS[match[2]];
  return dayOf(fullYear(match[3], month, day, now), month, day);
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

const daysAgo: DayReader = (text, now) => {
  const pattern = new RegExp(`\\bil y a (${COUNT_PATTERN}) (jours?|semaines?)\\b`);
  const match = pattern.exec(text);
  if (!match) {
    return undefined;
  }
  const count = readCount(match[1]) ?? 0;
  const days = match[2].startsWith('semaine') ? count * 7 : count;
  return { kind: 'day', day: addDays(startOfDay(now), -days) };
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
    return { kind: 'span', start: monday, end: endOfDay(addDays(monday, 6)) };
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
    return { kind: 'span', start, end };
  }
  return undefined;
};

const READERS: readonly DayReader[] = [
  numericDate, dayAndMonth, daysAgo, lastWeek, relativeDay, weekday,
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
