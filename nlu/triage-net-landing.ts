import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Blood on a neighbour's landing, her door broken in, no answer: a crime scene as well as a
 * casualty, the police first (17), the 15 with it (the medical reading adds it).
 */
const BLOOD_AT_DOOR = rx('',
  '\\b(du sang|sang|traces de sang|trace de sang|flaque de sang|taches de sang)( [a-z]+){0,2} ',
  '(sur le palier|dans le couloir|dans la cage de escalier|dans le escalier|devant (sa|la|leur|',
  'son|chez) ?(porte|voisine?|appartement)?|sur (sa|la|leur) porte|sur la poignee)\\b',
);
const BROKEN_OR_SILENT = rx('',
  '\\b(porte( [a-z0-9]+){0,3} (est )?(defoncee|fracturee|forcee|enfoncee|cassee|arrachee|',
  'grande ouverte|',
  'entrouverte)|repond (pas|plus)|ne repond|ouvre (pas|plus)|aucune reponse|personne repond)\\b',
);

export const NET_LANDING: readonly NetFamily[] = [
  {
    id: 'net-landing-blood',
    situation: 'violence',
    patterns: [BLOOD_AT_DOOR],
    requires: BROKEN_OR_SILENT,
    unless: rx('', '\\b(saigne du nez|saignement de nez|regles|chien|chat|peinture|ketchup|',
      'sauce|vin rouge|halloween|deja nettoye|la police est venue|les pompiers sont venus)\\b'),
  },
];
