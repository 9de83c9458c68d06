import { gatedReplace, gatedTest } from './regex-gate';

/**
 * Round t87: laughter the writer takes back ("mdr non sérieux", "lol plus sérieusement") and
 * laughter beside a war weapon at a school are no joke. Both are dropped from the insisted
 * reading, so that the joke calm (settledMessage) no longer cancels what follows.
 */
const LAUGHTER_DENIED = new RegExp('\\b(mdr+|ptdr+|xptdr|lol|jpp|haha[ha]*|hihi[hi]*)' +
  '( non| nan| mais| bon)?( plus)? (serieux|serieusement|sans rire|sans deconner|' +
  'sans blague|blague a part|pour de vrai|en vrai|je rigole pas|je rigole plus)\\b', 'g');

const LAUGHTER = /\b(mdr+|ptdr+|xptdr|lol|jpp|haha[ha]*|hihi[hi]*)\b/g;

/** The joke denied later in the message: "mdr elle dit qu'elle va se tuer, non je rigole pas". */
const DENIED_LATER = new RegExp('\\b(je rigole pas|je rigole plus|jrigole pas|' +
  'je plaisante pas|je deconne pas|ce est pas une blague|c est pas une blague|' +
  'pas une blague|sans rire|sans deconner|blague a part|pour de vrai|je suis serieux|' +
  'je suis serieuse)\\b');

/** A war weapon at a school: never read as a joke. */
const WAR_WEAPON_AT_SCHOOL = new RegExp('\\b(kalach|kalash|kalachnikov|kalashnikov|ak ?47|' +
  'fusil de assaut|fusil mitrailleur|mitraillette|grenade|grenades|explosif|explosifs|bombe)' +
  '( [a-z]+){0,5} (devant|dans|pres|a cote|a la sortie|a le entree|vers)( de)? (le |la |les |' +
  'notre |mon |ma )?(lycee|college|ecole|fac|universite|creche|maternelle|bahut|cantine)\\b');

/** The message without laughter that is taken back or that a war weapon at school outweighs. */
export function withoutDeniedLaughter(normalized: string): string {
  if (gatedTest(WAR_WEAPON_AT_SCHOOL, normalized) || gatedTest(DENIED_LATER, normalized)) {
    return gatedReplace(normalized, LAUGHTER, ' ');
  }

  return gatedReplace(normalized, LAUGHTER_DENIED, ' ');
}
