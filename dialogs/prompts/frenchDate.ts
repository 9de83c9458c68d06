import { addDays, atTime, endOfDay, yearsBefore } from './calendar';
import { COUNT_PATTERN, readCount } from './dateWords';
import { DayMatch, findDay } from './dayExpressions';
import { fold } from './normalize';
import { looksLikeStreetAddress } from './offAnswers';
import { FRENCH_TIME_ZONE } from './parisTime';
import { FORGOTTEN, NOW_WORDS, spokenForms } from './spokenDates';
import { Parsed, failed, parsed } from './parsed';
import { fromWallClock, toWallClock } from './zonedTime';

/**
 * When something happened, as a span: a single moment has start === end. Precision says
 * how sure the citizen was, so that a gendarme reads "hier soir" as an evening, not 18:00.
 */
export type DatePrecision = 'time' | 'part_of_day' | 'day' | 'range';

export interface SaidDate {
  start: Date;
  end: Date;
  precision: DatePrecision;
  /** A period given for want of the day ("début novembre"): worth asking the day once. */
  vague?: true;
  /** What the citizen said, when the answer took two messages (see dateDialog.ts). */
  said?: string;
}

/** Offences older than this are time-barred for a délit (6 years), so surely a typo. */
const MAX_YEARS_BACK = 6;

type PartOfDay = 'matin' | 'apres midi' | 'soir' | 'nuit';

const PART_HOURS: Readonly<Record<PartOfDay, [number, number]>> = {
  matin: [6, 12],
  'apres midi': [12, 18],
  soir: [18, 24],
  nuit: [22, 30],
};

interface Clock {
  hours: number;
  minutes: number;
}

const PART_WORDS: Readonly<Record<string, PartOfDay>> = {
  matin: 'matin', matinee: 'matin', 'apres midi': 'apres midi', soir: 'soir', soiree: 'soir',
  nuit: 'nuit',
};

function findPart(text: string): PartOfDay | undefined {
  const match = /\b(matin|matinee|apres midi|soir|soiree|nuit)\b/.exec(text);
  return match ? PART_WORDS[match[1]] : undefined;
}

function findClock(text: string): Clock | 'invalid' | undefined {
  if (/\bmidi\b/.test(text) && !/\bapres midi\b/.test(text)) {
    return { hours: 12, minutes: 0 };
  }
  if (/\bminuit\b/.test(text)) {
    return { hours: 0, minutes: 0 };
  }
  const match = /\b(\d{1,2}) ?(?:h|heures?|:)(?: ?(\d{2}))?(?!\d)/.exec(text);
  if (!match) {
    return undefined;
  }
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  return hours > 23 || minutes > 59 ? 'invalid' : { hours, minutes };
}

/** "hier soir vers 10h" means 22h: a clock hour is read within the part of day said. */
function inPart(clock: Clock, part: PartOfDay | undefined): Clock {
  const afternoon = part === 'soir' || part === 'apres midi';
  const lateNight = part === 'nuit' && clock.hours >= 6 && clock.hours < 12;
  return (afternoon || lateNight) && clock.hours < 12
    ? { hours: clock.hours + 12, minutes: clock.minutes }
    : clock;
}

/** "hier entre 14h et 16h", "samedi de 9h à 11h30": hours on one day. */
function hourRange(day: Date, text: string): Parsed<SaidDate> | undefined {
  const match = /\b(?:entre|de) (\d{1,2}) ?h ?(\d{2})? (?:et|a) (\d{1,2}) ?h ?(\d{2})?/.exec(text);
  if (!match) {
    return undefined;
  }
  const [from, to] = [[match[1], match[2]], [match[3], match[4]]]
    .map(([hours, minutes]) => ({ hours: Number(hours), minutes: Number(minutes ?? 0) }));
  if ([from, to].some((clock) => clock.hours > 23 || clock.minutes > 59)) {
    return failed('prompts/errors.date_bad_time');
  }
  const start = atTime(day, from.hours, from.minutes);
  const end = atTime(day, to.hours, to.minutes);
  return start > end ? failed('prompts/errors.date_range_order')
    : parsed({ start, end, precision: 'range' });
}

function onDay(day: Date, text: string): Parsed<SaidDate> {
  const hours = hourRange(day, text);
  if (hours) {
    return hours;
  }
  const part = findPart(text);
  const clock = findClock(text);
  if (clock === 'invalid') {
    return failed('prompts/errors.date_bad_time');
  }
  if (clock) {
    const time = inPart(clock, part);
    // "cette nuit vers 3h": the small hours belong to the next calendar day
    const date = part === 'nuit' && time.hours < 12 ? addDays(day, 1) : day;
    const moment = atTime(date, time.hours, time.minutes);
    return parsed({ start: moment, end: moment, precision: 'time' });
  }
  if (part) {
    const [from, to] = PART_HOURS[part];
    const end = new Date(atTime(day, 0).getTime() + to * 3600_000 - 1);
    return parsed({ start: atTime(day, from), end, precision: 'part_of_day' });
  }
  return parsed({ start: day, end: endOfDay(day), precision: 'day' });
}

function fromMatch(match: DayMatch | undefined, text: string): Parsed<SaidDate> {
  if (match === undefined) {
    const clock = findClock(text);
    return failed(clock ? 'prompts/errors.date_day_missing' : 'prompts/errors.date_unknown');
  }
  if (match.kind === 'error') {
    return failed(match.error);
  }
  if (match.kind === 'span') {
    const span: SaidDate = { start: match.start, end: match.end, precision: 'range' };
    return parsed(match.vague ? { ...span, vague: true } : span);
  }
  return onDay(match.day, text);
}

function hoursAgo(text: string, now: Date): Parsed<SaidDate> | undefined {
  const match = new RegExp(`\\bil y a (${COUNT_PATTERN}) (heures?|minutes?)\\b`).exec(text);
  const count = match ? readCount(match[1]) : undefined;
  if (!match || count === undefined) {
    return undefined;
  }
  const moment = new Date(now.getTime() - count * (match[2].startsWith('h') ? 3600_000 : 60_000));
  return parsed({ start: moment, end: moment, precision: 'time' });
}

function parseSingle(text: string, now: Date): Parsed<SaidDate> {
  return hoursAgo(text, now) ?? fromMatch(findDay(text, now), text);
}

/** "depuis lundi", "depuis 3 jours": from then until now, as one span. */
function parseSince(text: string, now: Date): Parsed<SaidDate> | undefined {
  const since = /^depuis (?:le )?(.+)$/.exec(text);
  if (!since) {
    return undefined;
  }
  const from = /^(\d{1,3}|[a-z]+) (jours?|semaines?|mois)$/.test(since[1])
    ? parseSingle(`il y a ${since[1]}`, now) : parseSingle(since[1], now);
  return from.ok ? parsed({ start: from.value.start, end: now, precision: 'range' }) : from;
}

/** "hier ou avant-hier", "samedi ou dimanche": both days, as one span. */
function parseEither(text: string, now: Date): Parsed<SaidDate> | undefined {
  const sides = text.split(' ou ');
  if (sides.length !== 2) {
    return undefined;
  }
  const [left, right] = sides.map((side) => parseSingle(side.replace(/^le /, ''), now));
  if (!left.ok || !right.ok) {
    return undefined;
  }
  const start = left.value.start < right.value.start ? left.value.start : right.value.start;
  const end = left.value.end > right.value.end ? left.value.end : right.value.end;
  return parsed({ start, end, precision: 'range' });
}

/** "du 3 au 5 mars": the first side borrows the month (and year) of the second. */
function borrowMonth(left: string, right: string): string {
  if (!/^\d{1,2}(er)?$/.test(left.trim())) {
    return left;
  }
  const tail = /^\d{1,2}(?:er)?( .*)$/.exec(right.trim());
  return tail ? `${left.trim()}${tail[1]}` : left;
}

function parseRange(text: string, now: Date): Parsed<SaidDate> | undefined {
  const match = /^(?:(?:la )?nuit )?(?:entre|du|de) (?:le )?(.+?) (?:et|au|a) (?:le )?(.+)$/
    .exec(text);
  if (!match || findDay(match[1], now) === undefined && !/^\d{1,2}(er)?$/.test(match[1])) {
    return undefined;
  }
  const night = /^(la )?nuit /.test(text);
  const left = parseSingle(borrowMonth(match[1], match[2]), now);
  const right = parseSingle(match[2], now);
  if (!left.ok || !right.ok) {
    return left.ok ? right : left;
  }
  const start = night ? atTime(left.value.start, 20) : left.value.start;
  const end = night ? atTime(right.value.start, 8) : right.value.end;
  if (start > end) {
    return failed('prompts/errors.date_range_order');
  }
  return parsed({ start, end, precision: 'range' });
}

function clean(text: string): string {
  return spokenForms(fold(text)
    .replace(/[-,']/g, ' ')
    .replace(/\b(vers|environ|aux alentours de|a peu pres|approximativement|dans la|en)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim());
}

function keepNumericDashes(text: string): string {
  return fold(text).replace(/(\d)-(\d)/g, '$1/$2');
}

/**
 * Reads a date or period as people write it ("hier soir vers 22h", "le 3 mars", "samedi
 * dernier", "du 3 au 5 mars", "il y a 2 jours"). `now` is injected so that tests and
 * resumed conversations read relative words against a known clock. Never in the future.
 * Times are read in `timeZone`, Paris unless the commune says otherwise ("vers 18h" in
 * Paris in summer is 16:00Z); "hier" and "in the future" are the zone's; the result holds
 * real instants.
 */
export function parseFrenchDate(text: string, now: Date,
  timeZone = FRENCH_TIME_ZONE): Parsed<SaidDate> {
  const read = parseOnWallClock(text, toWallClock(now, timeZone));
  if (!read.ok) {
    return read;
  }
  const { start, end } = read.value;
  return parsed({ ...read.value, start: fromWallClock(start, timeZone),
    end: fromWallClock(end, timeZone) });
}

/** The parser proper, on the zone's wall clock (see zonedTime.ts). */
function parseOnWallClock(text: string, now: Date): Parsed<SaidDate> {
  const input = clean(keepNumericDashes(text)).replace(/^le /, '');
  if (input === '') {
    return failed('prompts/errors.date_unknown');
  }
  if (looksLikeStreetAddress(text)) {
    return failed('prompts/errors.date_address');
  }
  if (FORGOTTEN.test(input)) {
    return failed('prompts/errors.date_forgotten');
  }
  if (NOW_WORDS.test(input)) {
    return parsed({ start: now, end: now, precision: 'time' });
  }
  const result = parseSince(input, now) ?? parseRange(input, now) ?? parseEither(input, now) ??
    parseSingle(input, now);
  if (!result.ok) {
    return result;
  }
  const { start, end } = result.value;
  if (start > now) {
    return failed('prompts/errors.date_future');
  }
  if (start < yearsBefore(now, MAX_YEARS_BACK)) {
    return failed('prompts/errors.date_too_old');
  }
  return parsed({ ...result.value, end: end > now ? now : end });
}
