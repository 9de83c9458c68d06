import { rx } from './triage-words';

const AGO = 'il y a (\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|' +
  'quelques|plusieurs) (jours|semaines|mois|ans|annees)';
/** Told as done: the compound past of an injury, a fall, an accident. */
const DONE = '(a ete|ai ete|ont ete|avons ete|as ete|se est|me suis|te es|se sont|a eu|ai eu|' +
  'ont eu|avons eu|est tombe|est tombee|suis tombe|suis tombee|a fait|ai fait)';

/**
 * An event dated a duration ago ("blessé dans un accident il y a deux mois, il est sorti de
 * l'hôpital"): the hospital stay after it is read as background and taken out for time, and
 * took the event's only date with it; so the date is read here beside the event itself.
 */
const EVENT_AGO = rx('',
  `\\b${DONE}( [a-z]+){0,8} ${AGO}\\b|\\b${AGO}( [a-z]+){0,4} ${DONE}\\b`,
);

/** `now`: the message says it happens now too ("et là il saigne"): then it is not over. */
export function eventDatedAgo(text: string, now: boolean): boolean {
  // cheap first: most messages have no "il y a"
  return !now && text.includes('il y a ') && EVENT_AGO.test(text);
}
