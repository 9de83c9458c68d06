import { addDays, calendarDate, startOfDay } from '../../prompts/calendar';
import {
  COUNT_PATTERN, DAY_PATTERN, MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN, readCount,
  readDayOfMonth,
} from '../../prompts/dateWords';
import { fold } from '../../prompts/normalize';
import { toParisWallClock } from '../../prompts/parisTime';
import { Parsed, failed, parsed } from '../../prompts/parsed';
import { returnAfterStay } from './stayLength';

/**
 * Days of absence for the holiday watch: always today or later (the past reader in
 * dialogs/prompts looks backwards, for offences), at most a year ahead. Days travel as
 * ISO strings (YYYY-MM-DD) so that they survive the dialog state unchanged.
 */
export const MAX_DAYS_AHEAD = 365;

const ERRORS = 'procedures/otv/errors';

export function isoDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

export function fromIsoDay(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? calendarDate(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

/** "lundi 12 juillet 2027", the way the summary and the gendarmes read it. */
export function frenchDay(iso: string): string {
  const date = fromIsoDay(iso);
  return date
    ? date.toLocaleDateString('fr-FR', {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    })
    : iso;
}

/** A day said without its year is the next one to come. */
function nextOccurrence(month: number, day: number, today: Date): Date | undefined {
  const thisYear = calendarDate(today.getFullYear(), month, day);
  if (thisYear && thisYear >= today) {
    return thisYear;
  }
  return calendarDate(today.getFullYear() + 1, month, day) ?? thisYear;
}

function withYear(raw: string | undefined, month: number, day: number, today: Date) {
  if (raw === undefined) {
    return nextOccurrence(month, day, today);
  }
  const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
  return calendarDate(year, month, day);
}

function readDay(text: string, today: Date, from = today): Date | 'invalid' | undefined {
  if (/\baujourd ?hui\b/.test(text)) {
    return today;
  }
  if (/\bapres demain\b/.test(text)) {
    return addDays(today, 2);
  }
  if (/\bdemain\b/.test(text)) {
    return addDays(today, 1);
  }
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b/.exec(text);
  if (numeric) {
    const month = Number(numeric[2]) - 1;
    return withYear(numeric[3], month, Number(numeric[1]), today) ?? 'invalid';
  }
  const named = new RegExp(`\\b(${DAY_PATTERN}) (${MONTH_PATTERN})\\.?(?: (\\d{4}))?\\b`)
    .exec(text);
  const namedDay = named ? readDayOfMonth(named[1]) : undefined;
  if (named && namedDay !== undefined) {
    const month = MONTHS[named[2] ?? ''] ?? -1;
    return withYear(named[3], month, namedDay, today) ?? 'invalid';
  }
  // a day gone by is said to be past, rather than not understood (tester20's "hier"); read
  // last: "réservé hier, je pars le 20/12" leaves on the 20th
  return relativeDay(text, today, from) ?? dayGoneBy(text, today);
}

function dayGoneBy(text: string, today: Date): Date | undefined {
  if (/\bavant hier\b/.test(text)) {
    return addDays(today, -2);
  }
  return /\bhier\b/.test(text) ? addDays(today, -1) : undefined;
}

const IN_SOME_DAYS = new RegExp(`\\bdans (${COUNT_PATTERN}) (jours?|semaines?)\\b`);
const DAY_ALONE = new RegExp(`^(?:le )?(${DAY_PATTERN})$`);
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`);

/**
 * "le 20" alone: in the month of `from` if it is still to come, else in the next one. For a
 * return, `from` is the departure: "le 26" after "le 12 janvier" is the 26th of January,
 * "le 3" the 3rd of February (tester F10 had both read in this month, before the departure).
 */
function dayAlone(day: number, today: Date, from: Date): Date | 'invalid' {
  const stillToCome = from > today ? day > from.getDate() : day >= from.getDate();
  const month = new Date(from.getFullYear(), from.getMonth() + (stillToCome ? 0 : 1), 1);
  return calendarDate(month.getFullYear(), month.getMonth(), day) ?? 'invalid';
}

/**
 * "dans 3 jours", "le 20" (see dayAlone), "samedi" or "samedi prochain" (the next one
 * after `from`, today or the departure for the return: "je reviens dimanche" after leaving
 * on a Saturday three weeks ahead).
 */
function relativeDay(text: string, today: Date, from: Date): Date | 'invalid' | undefined {
  const later = IN_SOME_DAYS.exec(text);
  const count = later ? readCount(later[1]) : undefined;
  if (later && count !== undefined) {
    return addDays(today, later[2].startsWith('semaine') ? count * 7 : count);
  }
  const alone = DAY_ALONE.exec(text.trim());
  const day = alone ? readDayOfMonth(alone[1]) : undefined;
  if (day !== undefined) {
    return dayAlone(day, today, from);
  }
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const ahead = (WEEKDAYS[weekday[1]] - from.getDay() + 7) % 7;
    return addDays(from, ahead === 0 ? 7 : ahead);
  }
  return undefined;
}

/** "samedi 14": the number says the day, the weekday only repeats it. */
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b(?:${WEEKDAY_PATTERN}) (?=\\d|${DAY_PATTERN})`, 'g');

function folded(text: string): string {
  return fold(text).replace(/'/g, ' ').replace(/([a-z])-([a-z])/g, '$1 $2')
    .replace(WEEKDAY_BEFORE_DAY, '');
}

function checkDay(
  day: Date | 'invalid' | undefined,
  today: Date,
  after?: string,
): Parsed<string> {
  if (day === undefined) {
    return failed(`${ERRORS}.date_unknown`);
  }
  if (day === 'invalid') {
    return failed('prompts/errors.date_invalid_day');
  }
  if (day < today) {
    return failed(`${ERRORS}.date_past`);
  }
  if (day > addDays(today, MAX_DAYS_AHEAD)) {
    return failed(`${ERRORS}.date_too_far`);
  }
  if (after !== undefined && isoDay(day) <= after) {
    return failed(`${ERRORS}.end_before_start`);
  }
  return parsed(isoDay(day));
}

/** The first or last day of absence; `after` is the first day when reading the last one. */
export function parseAbsenceDay(text: string, now: Date, after?: string): Parsed<string> {
  const today = startOfDay(toParisWallClock(now));
  const departure = after === undefined ? undefined : fromIsoDay(after);
  const words = folded(text);
  const stay = departure === undefined ? undefined : returnAfterStay(words, departure);
  return checkDay(stay ?? readDay(words, today, departure), today, after);
}

/** The departure, and the return when the citizen gave both ("du 20 au 27 décembre"). */
export interface AbsenceStart {
  from: string;
  to?: string;
}

export function isAbsenceStart(value: unknown): value is AbsenceStart {
  return typeof value === 'object' && value !== null && 'from' in value &&
    typeof value.from === 'string' &&
    (!('to' in value) || value.to === undefined || typeof value.to === 'string');
}

const CONNECTOR = / (?:au|jusqu au|jusqu a|et le|-) (?:le )?/;
const LEADING = /^(?:(?:du|de|depuis le|a partir du|entre le|partir du|le) )+/;
const DAY_DASH_DAY = /\b(\d{1,2})(?:er)?-(\d{1,2}(?:er)? [a-z])/;

/** "20" before "27 décembre" is the 20th of the same month (or of the month before). */
function readLeftDay(left: string, right: Date, today: Date): Date | 'invalid' | undefined {
  const bare = /^(\d{1,2})(?:er)?$/.exec(left);
  if (!bare) {
    return readDay(left, today);
  }
  const day = Number(bare[1]);
  const sameMonth = calendarDate(right.getFullYear(), right.getMonth(), day);
  if (sameMonth && sameMonth <= right) {
    return sameMonth;
  }
  const monthBefore = new Date(right.getFullYear(), right.getMonth() - 1, 1);
  return calendarDate(monthBefore.getFullYear(), monthBefore.getMonth(), day) ?? 'invalid';
}

/**
 * The departure question also takes both days at once ("du 20 au 27 décembre",
 * "20-27 décembre", "du 28/12 au 3/01"). A range of which one side is not a day is refused
 * with an example rather than read as one of its two days.
 */
export function parseAbsenceStart(text: string, now: Date): Parsed<AbsenceStart> {
  const today = startOfDay(toParisWallClock(now));
  const words = folded(text).replace(DAY_DASH_DAY, '$1 - $2');
  const at = CONNECTOR.exec(words);
  if (!at) {
    const day = checkDay(readDay(words, today), today);
    return day.ok ? parsed({ from: day.value }) : day;
  }
  const left = words.slice(0, at.index).replace(LEADING, '').trim();
  const rightDay = readDay(words.slice(at.index + at[0].length).trim(), today);
  if (rightDay === undefined || rightDay === 'invalid') {
    return failed(`${ERRORS}.range_unclear`);
  }
  const leftDay = readLeftDay(left, rightDay, today);
  if (leftDay === undefined) {
    return failed(`${ERRORS}.range_unclear`);
  }
  const from = checkDay(leftDay, today);
  if (!from.ok) {
    return from;
  }
  const to = checkDay(rightDay, today, from.value);
  return to.ok ? parsed({ from: from.value, to: to.value }) : to;
}

/** "du 10 au 24 juillet", "du 28/12 au 3/01" inside a longer sentence. */
const RANGE_IN_SENTENCE = new RegExp('\\bdu (?:\\d{1,2}(?:er)?(?: [a-z]+)?|\\d{1,2}/\\d{1,2}) ' +
  '(?:au|jusqu au) (?:\\d{1,2}(?:er)? [a-z]+(?: \\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)');

/**
 * Both days of absence when the message that started the OTV gave them ("je pars en
 * vacances du 10 au 24 juillet, vous pouvez surveiller ma maison ?"), so that they are not
 * asked again (a tester's F3); nothing when only part of it reads as days.
 */
export function absenceInSentence(text: string, now: Date): AbsenceStart | undefined {
  const match = RANGE_IN_SENTENCE.exec(folded(text));
  const range = match ? parseAbsenceStart(match[0], now) : undefined;
  return range?.ok === true && range.value.to !== undefined ? range.value : undefined;
}

/** "je pars en vacances le 10 août", "on part à partir du 12/07": a departure, no return. */
const DEPARTURE_IN_SENTENCE = new RegExp('\\b(?:je pars|on part|nous partons|je partirai|'
  + 'on partira|nous partirons|depart|je serai absente?|nous serons absents|absente?s?)'
  + '(?: [a-z]+){0,3}? (?:le|a partir du|des le|a compter du) '
  + `((?:${DAY_PATTERN}) (?:${MONTH_PATTERN})(?: \\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\b`);

/**
 * The departure alone when the first message gave it ("je pars en vacances le 10 août, je
 * voudrais une surveillance"), so that it is not asked again (tester15's F14); only a day
 * with its month counts, never "le 10" alone, which could be anything in a sentence.
 */
export function departureInSentence(text: string, now: Date): AbsenceStart | undefined {
  const match = DEPARTURE_IN_SENTENCE.exec(folded(text).replace(/[,;.!?]/g, ' ')
    .replace(/\s+/g, ' '));
  const day = match ? parseAbsenceDay(match[1], now) : undefined;
  return day?.ok === true ? { from: day.value } : undefined;
}

/** The departure day a return day must follow, passed in the return question's options. */
export function afterOf(validations: unknown): string | undefined {
  return typeof validations === 'object' && validations !== null && 'after' in validations &&
    typeof validations.after === 'string' ? validations.after : undefined;
}
