import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A fire told by its signs, with no fire word: crackling inside a wall behind a chimney,
 * wallpaper blackening, smoke out of a socket, a smell of burnt plastic with heat (18).
 */
const INSIDE = '(mur|murs|cloison|plafond|faux plafond|conduit|gaine|plancher|charpente|' +
  'combles|grenier|doublage|placo|boiserie)';
const SIGNS = rx('',
  `\\b(crepite|crepitent|crepitement|crepitements|craque|gresille|gresillement|ronfle) `,
  `(dans|derriere|sous|au dessus) (le|la|les|du|un|une|mon|ma|notre)( [a-z]+){0,2} ${INSIDE}\\b|`,
  '\\b(papier peint|peinture|tapisserie|lambris|plafond|mur) (noircit|noirci|brunit|cloque|',
  'fume|fumant|gondole|devient noir|jaunit et chauffe)\\b|',
  '\\b(fumee|fume|ca fume)( [a-z]+){0,2} (de la|de une|de le|dans la|par la|sort de la|',
  'sort de une|qui sort de la) (prise|multiprise|interrupteur|tableau electrique|compteur|',
  'rallonge|box|chargeur)\\b|',
  '\\b(prise|multiprise|interrupteur|tableau electrique|rallonge|chargeur) (fume|fait de la ',
  'fumee|grille|a fondu|fond|noircit|crepite|fait des etincelles)\\b',
);
const BURNT_HEAT = rx('',
  '\\b(odeur|ca sent|sent|pue)( [a-z]+){0,2} (le )?(plastique brule|plastique fondu|cable brule|',
  'fils brules|brule|crame|roussi)\\b',
);
const HEAT = rx('',
  '\\b(chaud|chaude|brulant|brulante|chauffe|chauffent|fumee|fume|noircit|gondole|',
  'on peut plus toucher|tres chaud)\\b',
);

export const NET_FIRE_SIGNS: readonly NetFamily[] = [
  {
    id: 'net-fire-signs',
    situation: 'fire',
    patterns: [SIGNS],
    unless: rx('', '\\b(ramoneur|ramonage|comment (eviter|prevenir|nettoyer|le nettoyer)|',
      'avec le temps|assurance|bois sec|',
      'le feu de cheminee crepite|les buches|la buche|buches|feu de bois|poele a bois)\\b'),
  },
  {
    id: 'net-fire-burnt-heat',
    situation: 'fire',
    patterns: [BURNT_HEAT],
    requires: HEAT,
    unless: rx('', '\\b(four|poele|casserole|gateau|plat|cuisine|barbecue|voisins font|',
      'toast|tartine|pizza|gratin|frites|fer a repasser|seche cheveux)\\b'),
  },
];
