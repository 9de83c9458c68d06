import { calendarDate, yearsBefore } from './calendar';
import { DAY_PATTERN, MONTHS, MONTH_PATTERN, readDayOfMonth } from './dateWords';
import { fold } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { toParisWallClock } from './parisTime';

const MAX_AGE = 120;

/** What people type before the date itself: "né le", "je suis née le", "le". */
const PREFIX = /^(?:(?:je suis )?nee? (?:le )?|le )/;

const NUMERIC = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SPELLED = new RegExp(`^(${DAY_PATTERN}) (${MONTH_PATTERN}) (\\d{4}|\\d{2})$`);

/**
 * "85" is 1985 and "08" is 2008: a two-digit year is the latest such year not after this
 * one, because people abbreviate their own recent century.
 */
function fullYear(digits: string, now: Date): number {
  if (digits.length === 4) {
    return Number(digits);
  }
  const thisYear = now.getFullYear();
  const candidate = thisYear - (thisYear % 100) + Number(digits);
  return candidate > thisYear ? candidate - 100 : candidate;
}

function readDate(text: string, now: Date): Date | undefined | 'none' {
  const bare = text.replace(/[.!]+$/, '').trim().replace(PREFIX, '');
  const iso = ISO.exec(bare);
  if (iso) {
    return calendarDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  }
  const numeric = NUMERIC.exec(bare) ?? COMPACT.exec(bare);
  if (numeric) {
    const year = fullYear(numeric[3], now);
    return calendarDate(year, Number(numeric[2]) - 1, Number(numeric[1]));
  }
  const spelled = SPELLED.exec(bare.replace(/-/g, ' '));
  const day = spelled ? readDayOfMonth(spelled[1]) : undefined;
  if (spelled && day !== undefined) {
    return calendarDate(fullYear(spelled[3], now), MONTHS[spelled[2]], day);
  }
  return 'none';
}

/**
 * A date of birth with its year ("14/07/1985", "14 juillet 85", "né le 14071985", "le
 * premier mars 1990", "quatorze juillet 1985", "1985-07-14"); returned
 * as an ISO day (YYYY-MM-DD) because a birthday has no time zone.
 */
export function parseBirthDate(text: string, instant: Date): Parsed<string> {
  const now = toParisWallClock(instant);
  const date = readDate(fold(text), now);
  if (date === 'none') {
    return failed('prompts/errors.birth_date_format');
  }
  if (date === undefined) {
    return failed('prompts/errors.date_invalid_day');
  }
  if (date > now || date < yearsBefore(now, MAX_AGE)) {
    return failed('prompts/errors.birth_date_range');
  }
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return parsed(`${date.getFullYear()}-${month}-${day}`);
}

/** Whole years between an ISO birth day and now. */
export function ageOn(isoBirthDay: string, instant: Date): number {
  const now = toParisWallClock(instant);
  const [year, month, day] = isoBirthDay.split('-').map(Number);
  const birthdayPassed = now.getMonth() + 1 > month ||
    (now.getMonth() + 1 === month && now.getDate() >= day);
  return now.getFullYear() - year - (birthdayPassed ? 0 : 1);
}
