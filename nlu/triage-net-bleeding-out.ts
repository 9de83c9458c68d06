import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "Je suis en train de me vider de mon sang", "il se vide de son sang": the idiom a citizen
 * reaches for when the bleeding will not stop, without the words "saigne" or "hémorragie"
 * that the medical rules know. Read as it is said: a body losing its blood now (15 first).
 * What the same verb empties otherwise (energy, a blood donation, an animal bled at the
 * slaughterhouse) holds no "de son sang" or names the animal.
 */
const OWN_BLOOD = '(mon|ton|son|notre|votre|leur|tout mon|tout son|tout leur|tout notre)';

const BLEEDING_OUT = rx('',
  '\\b(me|te|se|nous|vous) (suis |est |sommes |etes |es )?(en train de )?(vide|vides|vident|',
  'videz|vidons|vider|vidait|vidaient|vidais|videra|videe|vides)( [a-z]+)? de ',
  `${OWN_BLOOD} sang\\b|`,
  // "il perd tout son sang", "je perds tout mon sang"
  `\\b(perd|perds|perdent|perdre|perdait) ${OWN_BLOOD} sang\\b`,
);

/** Animals bled, a monthly period told as a habit: no one to rescue. */
const NOT_A_RESCUE = rx('',
  '\\b(cochon|cochons|porc|porcs|abattoir|boucher|boucherie|gibier|poulet|poulets|lapin|',
  'mouton|agneau|sanglier|cerf|chevreuil|biche|poisson|taureau|corrida|tous les mois|',
  'chaque mois|a chaque cycle|donneur|don du sang)\\b',
);

export const NET_BLEEDING_OUT: readonly NetFamily[] = [
  {
    id: 'net-bleeding-out',
    situation: 'medical',
    habitCancels: true,
    patterns: [BLEEDING_OUT],
    unless: NOT_A_RESCUE,
  },
];
