import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A young child: told by an age up to six, in months, or as a baby, a toddler, "le petit".
 * No pet: "le petit chat est sur le toit" is no child.
 */
export const YOUNG_CHILD = '(bebe|bebes|bambin|bambine|bambins|toddler|nourrisson|tout petit|' +
  'toute petite|petit garcon|petite fille|(un|une|le|la|mon|ma|des|les|leur|nos) (enfant|enfants|' +
  'gamin|gamine|gamins|gosse|gosses|minot|minots)|' +
  '(le|la|un|une|leur|notre|son|sa) (petit|petite|ptit|' +
  'ptite|pitchoun|pitchoune|petiot|petiote)|(enfant|enfants|gamin|gamine|gosse|petit|petite|' +
  'ptit|ptite|fils|fille|garcon|loulou|neveu|niece|frere|soeur|cousin|cousine) de ([1-6]|deux|' +
  'trois|quatre|cinq|six) ans|[0-9]{1,2} mois)' +
  '(?! (chat|chaton|chien|chiot|oiseau|lapin|hamster|perroquet|singe|copain|copine|ami|amie|' +
  'dejeuner|deje|mot|dej))';

/** Where a fall kills: a window's ledge, a balcony's rail, a roof, a railing climbed. */
const AT_HEIGHT = '(sur|au bord de|a le bord de|au bord du|a le bord du|debout sur|assis sur|' +
  'assise sur|accroche a|accrochee a|accroche au|accrochee au|suspendu a|suspendue a|' +
  'suspendu au|suspendue au|penche a|penchee a|penche par|penchee par|grimpe sur|grimpee sur|' +
  'escalade|escalader|enjambe|enjamber|passe par dessus|passe a travers|passee a travers|' +
  'monte sur|montee sur|a la|a le|au|dans la|se penche par)( le| la| les| une| un| sa| son)? ' +
  '(rebord|rebords|garde corps|gardecorps|rambarde|balustrade|toit|toits|corniche|parapet|' +
  'fenetre ouverte|bord de la fenetre|bord du balcon|bord de le balcon|bord du toit|' +
  'gouttiere|muret du balcon)';

/**
 * A young child on a ledge, a balcony rail or a roof: a rescue (firefighters first, the
 * police with them), never the suicide line a grown-up on a ledge gets.
 */
export const CHILD_AT_HEIGHT = rx('',
  `\\b${YOUNG_CHILD}\\b( [a-z0-9]+){0,10} ${AT_HEIGHT}\\b`,
);

export const NET_CHILD_HEIGHT: readonly NetFamily[] = [
  {
    id: 'net-child-at-height',
    situation: 'child_height',
    patterns: [CHILD_AT_HEIGHT],
    // a photo, a game, a safety question: "comment sécuriser le balcon pour un bébé"
    unless: rx('',
      '\\b(securiser|securite|securise|grille de protection|filet|bloque fenetre|',
      'photo|photos|dessin|jeu video|poupee|peluche|doudou|suicide|suicider|en finir|',
      'mourir|se tuer)\\b',
    ),
  },
];
