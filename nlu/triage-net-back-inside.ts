import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * The violence told, then the one who did it back and inside now: "des violences il est
 * revenu il est dans l'entrée" (t65's tester typed it at the pré-plainte's first choice).
 * Each part alone is calm; the three together are an aggressor at the door again.
 */
const BACK = rx('', '\\b(il|elle|ils|elles|lui|mon ex|mon mari|mon conjoint|mon copain)',
  '( [a-z]+){0,2} (est|sont) (revenu|revenue|revenus|revenues|de retour|rentre|rentree)\\b',
  '|\\b(il|elle|ils|elles) (revient|reviennent)\\b');

const INSIDE = rx('', '\\b(il|elle|ils|elles) (est|sont) (la|ici|dans (le|la|ma|mon|notre) ',
  '(entree|hall|couloir|salon|cuisine|maison|appartement|appart|escalier|cage de escalier|',
  'jardin|cour|garage|chambre)|devant (la|ma|notre) porte|chez moi|chez nous)\\b');

const VIOLENCE = rx('', '\\b(violences?|violent|violente|coups|frappe|frappee|tape|tapee|',
  'battue?|cogne|cognee|agresse|agressee|agression|menace|menacee|menaces)\\b');

/** One line in the net's list. */
export const NET_BACK_INSIDE: readonly NetFamily[] = [
  {
    id: 'net-back-inside',
    situation: 'violence',
    habitCancels: true,
    patterns: [rx('', '(', BACK.source, ')( [a-z]+){0,3}? (', INSIDE.source, ')')],
    requires: VIOLENCE,
    unless: rx('', '\\b(film|serie|roman|reve|cauchemar|jeu|pas revenu|pas revenue)\\b'),
  },
];
