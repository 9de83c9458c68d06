import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * "ma soeur a des bleus tout le temps et dit qu'elle est tombée", "un élève arrive avec des
 * traces de coups, ça fait trois fois ce trimestre": marks seen again and again on someone,
 * with no danger told now. A question for the child-in-danger or domestic-violence answer
 * (which offers a gendarme), not a fall nor blows under way. Blood, a call for help, someone
 * hurt or threatened now keep the alarm.
 */
const MARKS = rx('',
  '\\b(des|les|ses|plein de|encore des|de nouveaux|nouveaux|nouvelles|de nouvelles) ',
  '(bleus|traces de coups|marques de coups|traces|marques|hematomes|ecchymoses|griffures|',
  'coquards|brulures|cicatrices|blessures|bosses)\\b|',
  '\\b(un|encore un|le) (coquard|oeil au beurre noir|bleu|hematome)\\b',
);
const AGAIN = rx('',
  '\\b(tout le temps|souvent|encore|regulierement|toujours|de plus en plus|a chaque fois|',
  'plusieurs fois|chaque (semaine|lundi|retour|week end|fois)|tous les (jours|lundis)|',
  'ca fait (deux|trois|quatre|cinq|plusieurs|[2-9]) fois|pour la (deuxieme|troisieme|',
  'quatrieme|enieme|[2-9]e) fois|depuis (des|plusieurs|quelques) (semaines|mois|jours)|',
  'depuis la rentree|ce trimestre|cette annee)\\b',
);
/** Harm or fear now: the pattern has reached tonight, or the child is kept out now. */
const NOW_HARM = rx('',
  '\\b(inconscient|inconsciente|respire|saigne|sang|hurle|hurlent|crie|pleure|peur de rentrer|',
  'veut pas rentrer|ne veut pas rentrer|menace|couteau|arme|tuer|enferme|enfermee|',
  'aidez|secours|vite|dehors depuis|(laisse|laissent) (jamais|pas|plus) rentrer)\\b',
);

export function marksSeenAgain(text: string): boolean {
  return gatedTest(MARKS, text) && gatedTest(AGAIN, text) && !gatedTest(NOW_HARM, text) &&
    !hereNow(text);
}
