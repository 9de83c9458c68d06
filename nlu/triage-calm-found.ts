import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A child lost and found again, told to ask whether to report it ("mon fils s'est perdu au
 * supermarché samedi, on l'a retrouvé au bout de 10 min"): over, the missing-person FAQ.
 * The person must be the one found (not "son vélo"), unhurt, and not gone again.
 */
const FOUND_AGAIN = rx('',
  '\\b((on|je|nous|la police|les gendarmes|la securite|un vigile|une dame|un monsieur) ',
  '(le|la|les) (a|ai|avons|ont) (vite |rapidement |finalement |enfin )?(retrouve|retrouvee|',
  'retrouves|retrouvees)|(les sauveteurs|les secours|les pompiers|les maitres nageurs|',
  'le maitre nageur|ses parents|sa mere|son pere|un passant|une passante|des gens|',
  'les surveillants|le personnel) (le|la|les) (a|ont) (vite |rapidement |finalement |enfin )?',
  '(retrouve|retrouvee|',
  'retrouves|retrouvees)|(il|elle|ils|elles) (a|ont) ete (vite |rapidement |finalement )?',
  '(retrouve|retrouvee|retrouves|retrouvees)|(il|elle) est (vite |finalement )?',
  '(revenu|revenue|rentre|rentree|reapparu|reapparue)( tout seul| toute seule)?)\\b',
);
/** Someone was lost first: "il est revenu" alone is also how a threat comes back. */
const LOST_FIRST = rx('',
  '\\b(perdu|perdue|perdus|egare|egaree|disparu|disparue|introuvable|fugue|echappe|',
  'echappee)\\b',
);
const NOT_OVER = rx('',
  '\\b(blesse|blessee|sang|saigne|inconscient|inconsciente|mort|morte|hopital|urgences|',
  'de nouveau|a nouveau|encore (disparu|disparue|parti|partie)|redisparu|redisparue|',
  'toujours pas|pas encore|en ce moment|maintenant (il|elle) (a|est)|cette fois|',
  'mais (il|elle) (a|est) (disparu|disparue|parti|partie|repart|reparti|repartie)|',
  'avec un (homme|inconnu)|emmene|emmenee|touche|touchee|frappe|frappee)\\b',
);

export function foundAgain(text: string): boolean {
  return gatedTest(LOST_FIRST, text) && gatedTest(FOUND_AGAIN, text) && !gatedTest(NOT_OVER, text);
}
