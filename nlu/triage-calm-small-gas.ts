import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A small gas object that leaks, asked about ("le gaz de mon briquet fuit, c'est grave ?",
 * "ma cartouche de camping-gaz fuit, je la jette où ?"): a few grams in the open air, the
 * advice page, not the 18. A smell in a room, a tent or a car, a flame, dizziness or the
 * household's own gas (bottle, boiler, meter) keep the alarm.
 */
const SMALL_OBJECT = rx('',
  '\\b(briquet|briquets|zippo|recharge de gaz|recharge pour briquet|recharge de briquet|',
  'cartouche|cartouches|camping gaz|campingaz|rechaud|rechaud de camping|lampe a gaz|',
  'bombe aerosol|aerosol|bombe de peinture|siphon|cartouche de chantilly|chalumeau|',
  'gaz hilarant|proto)\\b',
);

const LEAKS = /\b(fuit|fuite|fuient|fuyait|perd du gaz|se vide|siffle|pschitt)\b/;

const HOUSEHOLD_OR_SIGNS = rx('',
  '\\b(bouteille de gaz|bouteilles de gaz|citerne|gaz de ville|compteur|chaudiere|gaziniere|',
  'cuisiniere|four|conduite|canalisation|tuyau|ca sent fort|odeur forte|sent le gaz partout|',
  'odeur de gaz dans|tente|caravane|camping car|voiture|chambre|piece fermee|garage|cave|',
  'vertige|vertiges|mal a la tete|nausee|malaise|evanoui|flamme|flammes|feu|prend feu|',
  'explose|explosion|brule|brulure|au secours|vite)\\b',
);

export function smallGasObjectLeaks(text: string): boolean {
  return gatedTest(SMALL_OBJECT, text) && gatedTest(LEAKS, text) &&
    !gatedTest(HOUSEHOLD_OR_SIGNS, text);
}
