import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';

/**
 * Safety gear as a purchase or a chore ("où acheter des fusées de détresse pour mon bateau",
 * "comment jeter des feux à main périmés", "la balise de détresse est-elle obligatoire"):
 * the words of a distress at sea, about a thing to buy, store or throw away. Removed before
 * matching like an idiom; a flare seen or fired, a beacon set off, keep the alarm.
 */
const CHORE = '(acheter|achete|achat|commander|trouver|vendre|vend|vendez|prix|tarif|changer|' +
  'remplacer|jeter|recycler|eliminer|debarrasser de|ranger|stocker|rapporter|reviser|' +
  'obligatoire|obligatoires|dotation|equiper|equipement|armement|kit)';
const GEAR = '(fusees?|feux a main|feux|balises?|fumigenes?|gilets?|miroirs?|sifflets?)' +
  '( de)? (detresse|de sauvetage|sauvetage)';
const SPENT = '(perimee?s?|perimes|usagee?s?|hors de usage|en fin de vie)';

const GEAR_CHORE = rx('g',
  `\\b${CHORE}( [a-z]+){0,4} ${GEAR}( ${SPENT})?\\b|`,
  `\\b${GEAR} ${SPENT}\\b|\\b${GEAR}( [a-z]+){0,3} (obligatoires?|a bord obligatoires?)\\b`,
);

export function withoutSafetyGear(text: string): string {
  return gatedReplace(text, GEAR_CHORE, ' ');
}
