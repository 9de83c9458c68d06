import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Gas told by what it smells or sounds like, without the word "fuite": the mercaptan added
 * to town gas smells of rotten eggs or sulphur, and a tap left open hisses from the cooker.
 * The rescue family knows "odeur de gaz"; these name the smell or the hiss instead (18).
 */
const SMELL = rx('',
  '\\b(sent|sens|sentent|sentait|pue|puent|puait|schlingue|odeur|odeurs|relent|relents)',
  '( [a-z]+){0,4} (oeuf pourri|oeufs pourris|le soufre|du soufre|soufre)\\b',
);
const HISS = rx('',
  '\\b(siffle|sifflent|sifflement|sifflements|chuinte|chuintement|pschitt)( [a-z]+){0,4} ',
  '(gaziniere|cuisiniere|plaques? de cuisson|bouteille de gaz|tuyau de gaz|compteur de gaz|',
  'chaudiere|arrivee de gaz)\\b|',
  '\\b(gaziniere|cuisiniere|bouteille de gaz|tuyau de gaz|chaudiere)( [a-z]+){0,4} ',
  '(siffle|sifflent|chuinte|fait pschitt|fait un sifflement|fait un bruit de sifflement)\\b',
);

export const NET_GAS_SMELL: readonly NetFamily[] = [
  {
    id: 'net-gas-smell',
    situation: 'gas',
    patterns: [SMELL],
    // sulphur water, drains, a rotten egg in the fridge, a spa: smells that are no gas
    unless: rx('',
      '\\b(robinet|eau chaude|eau du robinet|chauffe eau|ballon de eau|evier|siphon|egout|',
      'egouts|fosse septique|toilettes|wc|poubelle|poubelles|frigo|refrigerateur|chien|chat|',
      'pet|pets|prout|couche|source|sources|thermal|thermale|thermes|volcan|cuisson des oeufs|',
      'chou|choux|allumette|allumettes|ail)\\b',
    ),
  },
  {
    id: 'net-gas-hiss',
    situation: 'gas',
    patterns: [HISS],
    // a kettle or a pressure cooker hisses on a cooker too
    unless: /\b(bouilloire|cocotte|autocuiseur|casserole|theiere|sifflet)\b/,
  },
];
