import { calendarDate, yearsBefore } from './calendar';
import { MONTHS, MONTH_PATTERN } from './dateWords';
import { fold } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { toParisWallClock } from './parisTime';

const MAX_AGE = 120;

function readDate(text: string): Date | undefined | 'none' {
  const numeric = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(text);
  if (numeric) {
    return calendarDate(Number(numeric[3]), Number(numeric[2]) - 1, Number(numeric[1]));
  }
  const spelled = new RegExp(`^(?:le )?(\\d{1,2})(?:er)? (${MONTH_PATTERN}) (\\d{4})$`)
    .exec(text);
  if (spelled) {
    return calendarDate(Number(spelled[3]), MONTHS[spelled[2]], Number(spelled[1]));
  }
  return 'none';
}

/**
 * A date of birth with its year ("14/07/1985", "14 juillet 1985"); returned as an ISO day
 * (YYYY-MM-DD) because a birthday has no time zone.
 */
export function parseBirthDate(text: string, instant: Date): Parsed<string> {
  const now = toParisWallClock(instant);
  const date = readDate(fold(text));
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
