import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Walkers cut off by the rising tide on a sandbank or a rock: the CROSS (196) rescues them
 * before the water covers the way back.
 */
const TIDE = rx('',
  '\\b(la maree|la mer|le eau) (qui )?(monte|montait|remonte|nous encercle|nous entoure|',
  'nous coupe|a tout recouvert|recouvre)\\b|\\bmaree montante\\b|',
  '\\b(la maree|la mer|le eau) (nous|les|me|vous) (a|ont) (coupe|coupes|coupee|coupees|',
  'encercles?|encerclees?|isoles?|isolees?|pieges?|piegees?|bloques?|bloquees?)\\b|',
  '\\b(coince|coinces|coincee|coincees|bloque|bloques|bloquee|bloquees|piege|pieges|piegee|',
  'piegees|isole|isoles|isolee|isolees|encercle|encercles|encerclee|encerclees|entoure|',
  'entoures|entouree|entourees|coupe|coupes|coupee|coupees|cernes?) (par|de) ',
  '(la maree|la mer|le eau|les vagues)\\b',
);
const CUT_OFF = rx('',
  '\\b(coince|coinces|coincee|coincees|bloque|bloques|bloquee|bloquees|piege|pieges|piegee|',
  'piegees|isole|isoles|isolee|isolees|banc de sable|rocher|rochers|ilot|encercles?|',
  'entoures?|peut plus revenir|peux plus revenir|pouvons plus revenir|peut plus rentrer|',
  'arrive aux genoux|arrive a la taille|arrive aux cuisses|arrive a la poitrine|plus pied|',
  'sans issue|chemin est coupe|passage est coupe|plus de passage)\\b',
);

export const NET_TIDE: readonly NetFamily[] = [
  {
    id: 'net-tide-cut-off',
    situation: 'sea',
    patterns: [TIDE],
    requires: CUT_OFF,
    unless: rx('',
      '\\b(coefficient|coefficients|horaire|horaires|calendrier|annuaire des marees|',
      'maquette|aquarium|jeu video)\\b',
    ),
  },
];
