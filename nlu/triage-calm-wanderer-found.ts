import { gatedTest } from './regex-gate';
import { FRAIL } from './triage-net-wanderer-unfound';
import { rx } from './triage-words';

/**
 * A relative with dementia who wandered off and has been found again ("ma mère a alzheimer,
 * elle était partie, on l'a retrouvée chez la voisine", "les gendarmes l'ont ramené"): over,
 * the FAQ about a GPS bracelet or a report, not a search. Hurt, gone again or still missing
 * keeps the alarm.
 */
const WENT_OFF = rx('',
  '\\b(parti|partie|sorti|sortie|perdu|perdue|egare|egaree|disparu|disparue|introuvable|',
  'fugue|echappe|echappee|sauve|sauvee|erre|errait|quitte)\\b',
);
const FINDER = '(on|je|nous|ils|elles|la police|les gendarmes|les pompiers|un voisin|une voisine|' +
  'des voisins|les voisins|quelqu un|un passant|une passante|une dame|un monsieur|le personnel|' +
  'les infirmieres|le chauffeur|mon frere|ma soeur|mon mari|ma femme|mon fils|ma fille)';
const FOUND = rx('',
  `\\b${FINDER} (le|la|l) ?(a|ai|avons|ont) (vite |rapidement |finalement |enfin )?`,
  '(retrouve|retrouvee|ramene|ramenee|raccompagne|raccompagnee)\\b|',
  '\\b(il|elle) (a ete|est) (vite |finalement |enfin )?(retrouve|retrouvee|ramene|ramenee|',
  'rentre|rentree|revenu|revenue|de retour)\\b|',
  '\\b(on|nous) a (enfin |finalement )?retrouve (papa|maman|papi|papy|mamie|mamy|mon pere|',
  'ma mere|mon grand pere|ma grand mere|notre pere|notre mere)\\b',
);
const NOT_OVER = rx('',
  '\\b(blesse|blessee|sang|saigne|inconscient|inconsciente|respire|malaise|tombe|tombee|',
  'hypothermie|gele|gelee|mort|morte|urgences|de nouveau|a nouveau|encore (parti|partie|',
  'disparu|disparue)|reparti|repartie|redisparu|redisparue|toujours pas|pas encore|',
  'au secours|vite|frappe|frappee|agresse|agressee)\\b',
);

export function wandererFoundAgain(text: string): boolean {
  return gatedTest(FRAIL, text) && gatedTest(WENT_OFF, text) && gatedTest(FOUND, text) &&
    !gatedTest(NOT_OVER, text);
}
