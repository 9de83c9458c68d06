import { timeZoneOfCommune } from '../prompts/communeTimeZone';
import { parsePreciseDay } from '../prompts/dateDialog';
import { SaidDate, parseFrenchDate } from '../prompts/frenchDate';
import { FRENCH_TIME_ZONE } from '../prompts/parisTime';
import type { Parsed } from '../prompts/parsed';
import type { Draft } from './draft';

export type When = NonNullable<Draft['when']>;

/** How the date field joins a vague period and the day remembered next (see dateDialog). */
const THEN = ' → ';

/** The zone the facts' times are read in: the commune's, Paris until it is known. */
export function zoneOfFacts(draft: Draft): string {
  return draft.commune ? timeZoneOfCommune(draft.commune.inseeCode) : FRENCH_TIME_ZONE;
}

/** The answer of the date question as the draft keeps it (JSON: ISO strings). */
export function whenOf(answer: SaidDate, said: string, saidAt: Date, timeZone: string): When {
  return { from: answer.start.toISOString(), to: answer.end.toISOString(),
    precision: answer.precision, said, saidAt: saidAt.toISOString(), timeZone };
}

function reparse(said: string, now: Date, timeZone: string): Parsed<SaidDate> {
  const cut = said.indexOf(THEN);
  if (cut < 0) {
    return parseFrenchDate(said, now, timeZone);
  }
  const period = parseFrenchDate(said.slice(0, cut), now, timeZone);
  if (!period.ok) {
    return period;
  }
  return parsePreciseDay(said.slice(cut + THEN.length), { start: period.value.start
    .toISOString(), end: period.value.end.toISOString(), said: said.slice(0, cut), timeZone },
  now);
}

/**
 * The date was asked before the commune, so it was read in Paris time. Once the commune
 * says the citizen lives in another zone, their own words are read again there, against
 * the clock of the moment they said them: "hier vers 23h" in Guadeloupe is yesterday
 * 23:00 in Guadeloupe. Undefined when the words no longer hold there (a time still to come
 * in their zone): the date must be asked again.
 */
export function rereadInZone(when: When, timeZone: string, fallbackNow: Date): When | undefined {
  if ((when.timeZone ?? FRENCH_TIME_ZONE) === timeZone) {
    return when;
  }
  const saidAt = when.saidAt ? new Date(when.saidAt) : fallbackNow;
  const read = reparse(when.said, saidAt, timeZone);
  return read.ok ? whenOf(read.value, when.said, saidAt, timeZone) : undefined;
}
