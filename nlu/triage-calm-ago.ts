import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

const AGO = 'il y a (\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|' +
  'quelques|plusieurs) (jours|semaines|mois|ans|annees)';
/** Told as done: the compound past of an injury, a fall, an accident. */
const DONE = '(a ete|ai ete|ont ete|avons ete|as ete|se est|me suis|te es|se sont|a eu|ai eu|' +
  'ont eu|avons eu|est tombe|est tombee|suis tombe|suis tombee|a fait|ai fait)';
/** The stay in care, over: without it, "infarctus il y a trois ans" is only history. */
const STAY_OVER = '(sorti|sortie|sortis|rentre|rentree|revenu|revenue)( de le| des| de la| de)? ' +
  '(hopital|hosto|clinique|urgences|maternite|reanimation|rea)';

/**
 * An event dated a duration ago whose stay in care is over ("blessé dans un accident il y a
 * deux mois, il est sorti de l'hôpital"): the stay is read as background and taken out for
 * time (triage-care-stay.ts), and took the event's only date with it. An old event told
 * beside symptoms of today ("un AVC il y a 5 ans, là il bafouille") names no stay: not this.
 */
const EVENT_AGO = rx('',
  `\\b${DONE}( [a-z]+){0,8} ${AGO}\\b|\\b${AGO}( [a-z]+){0,4} ${DONE}\\b`,
);
const LEFT_CARE = new RegExp(`\\b${STAY_OVER}\\b`);
/** Today's trouble after the stay: "depuis ce matin", "aujourd'hui il a mal". */
const TODAY = /\b(aujourd hui|ce matin|depuis ce matin|depuis hier|cette nuit|ce soir)\b/;

/** `now`: the message says it happens now too ("et là il saigne"): then it is not over. */
export function eventDatedAgo(text: string, now: boolean): boolean {
  // cheap first: most messages have no "il y a"
  return !now && text.includes('il y a ') && gatedTest(LEFT_CARE, text) &&
    gatedTest(EVENT_AGO, text) &&
    !gatedTest(TODAY, text);
}
