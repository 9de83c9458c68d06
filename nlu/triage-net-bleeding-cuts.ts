import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Cuts one made oneself and bleeding hard now ("je me scarifie et là ça saigne beaucoup",
 * "je me suis coupé les veines ça arrête pas de saigner"): the body needs the SAMU before
 * the listening line, as for any attempt under way.
 */
const SELF_CUT = rx('',
  '\\b(me|se) (scarifie|scarifier|suis scarifie|suis scarifiee|est scarifie|est scarifiee|',
  'mutile|suis mutile|suis mutilee|taillade|suis taillade|suis tailladee|ouvre les veines|',
  'suis ouvert les veines|est ouvert les veines|est ouverte les veines|',
  'suis ouverte les veines|((suis|est) )?(coupe|coupee|coupes)( [a-z]+){0,2} ',
  '(les veines|la veine|le poignet|les poignets|les bras|le bras|les cuisses|la cuisse))\\b|',
  '\\bscarifications? ',
);

/** Much blood, now: "ça saigne beaucoup", "ça arrête pas de saigner", "y a du sang partout". */
const BLEEDING_HARD = rx('',
  '\\b((saigne|saignent|saigner) (beaucoup|trop|enormement|fort|grave|de partout|',
  'abondamment|a flot)|(arrete|arretent|arrive) (pas|plus) (de|a) (saigner|arreter le sang)|',
  'sang partout|pisse le sang|pisse du sang|beaucoup de sang|plein de sang|',
  'trop de sang|ca coule|le sang coule|saigne et saigne)\\b',
);

/** A past habit or a scar told afterwards. */
const OVER = rx('',
  '\\b(avant|autrefois|il y a (\\d+|deux|trois) (ans|mois)|cicatrice|cicatrices|',
  'quand je etais|comment arreter de)\\b',
);

export const NET_BLEEDING_CUTS: readonly NetFamily[] = [
  {
    id: 'net-bleeding-cuts',
    situation: 'suicide_attempt',
    always: true,
    patterns: [SELF_CUT],
    requires: BLEEDING_HARD,
    unless: OVER,
  },
];
