import { addDays, calendarDate } from '../../prompts/calendar';
import { COUNT_PATTERN, readCount } from '../../prompts/dateWords';

/** Words around a length of stay that change nothing: "pour", "environ", "de vacances". */
const BEFORE = '(?:(?:pour|pendant|durant|sur|environ|a peu pres|je pars|on part|nous partons|'
  + 'je reste|on reste|nous restons|absent|absente|absents|absentes) )*';
const AFTER = '(?: (?:environ|a peu pres|plus ou moins|de vacances|d absence|de jours))*';

/** "3 semaines", "10 jours", "un mois", "une quinzaine": the whole answer, as folded. */
const STAY = new RegExp(`^${BEFORE}(?:(${COUNT_PATTERN}) )?(jours?|semaines?|mois|quinzaine)`
  + `${AFTER}$`);

/** `months` after `day`, on the same day of the month or, when it has none, its last day. */
function addMonths(day: Date, months: number): Date {
  const first = new Date(day.getFullYear(), day.getMonth() + months, 1);
  for (let date = day.getDate(); date > 0; date -= 1) {
    const found = calendarDate(first.getFullYear(), first.getMonth(), date);
    if (found) {
      return found;
    }
  }
  return first;
}

/**
 * The return day of a stay said as its length from the departure ("3 semaines", "un mois",
 * a tester's finding); undefined when the answer is not one. `words` are folded.
 */
export function returnAfterStay(words: string, departure: Date): Date | undefined {
  const match = STAY.exec(words.replace(/[.,;!?]/g, ' ').replace(/\s+/g, ' ').trim());
  if (!match) {
    return undefined;
  }
  const unit = match[2];
  if (unit === 'quinzaine') {
    return addDays(departure, 14);
  }
  const count = match[1] === undefined ? undefined : readCount(match[1]);
  if (count === undefined) {
    return undefined;
  }

  if (unit === 'mois') {
    return addMonths(departure, count);
  }
  return addDays(departure, unit.startsWith('semaine') ? count * 7 : count);
}
