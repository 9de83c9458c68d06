import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Head trauma told by its signs after a blow, a fight or a fall: double vision, eyes that
 * will not stay open, vomiting (15). The signs alone can be drink or tiredness; the blow
 * before them is what makes them a brain bleeding.
 */
const SIGNS = rx('',
  '\\b(voit double|vois double|voyait double|vision double|voit trouble|vision trouble|',
  'voit flou|(arrive|arrivent|peut|reussit) (plus|pas) (a )?(garder|tenir) les yeux ouverts|',
  'garde plus les yeux ouverts|yeux qui se ferment tout seuls|somnole|somnolent|somnolente|',
  'reconnait plus personne|se souvient plus de rien|sait plus ou (il|elle) est|',
  'pupilles? (dilatee|dilatees|differentes)|saigne de le oreille|saigne des oreilles)\\b',
);
const VOMITS = /\b(vomit|vomi|vomis|vomissent|vomir|vomissements?)\b/;
const BLOW = rx('',
  '\\b(boxe|combat|bagarre|baston|ko|k o|coup de poing|coups de poing|coup de pied|',
  'coup de tete|frappe a la tete|frappee a la tete|cogne la tete|cognee la tete|',
  'tombe sur la tete|tombee sur la tete|choc a la tete|coup a la tete|coup sur la tete|',
  'commotion|traumatisme cranien|tete la premiere|mele|plaquage|match de rugby|',
  'se est cogne|se est cognee|a pris un coup|a pris des coups)\\b',
);
const DRINK_OR_BUG = rx('',
  '\\b(trop bu|bourre|bourree|saoul|soul|ivre|alcool|gastro|intoxication|mal de mer|',
  'enceinte|grossesse|manege|lunettes|migraine habituelle|coup de soleil|coup de chaleur)\\b',
);

export const NET_HEAD_BLOW: readonly NetFamily[] = [
  {
    id: 'net-head-blow-signs',
    situation: 'medical',
    patterns: [SIGNS],
    requires: BLOW,
    unless: DRINK_OR_BUG,
  },
  {
    id: 'net-head-blow-vomits',
    situation: 'medical',
    patterns: [VOMITS],
    requires: rx('',
      '\\b(combat de boxe|match de boxe|ko|k o|commotion|traumatisme cranien|',
      '(coup|coups|choc|cogne|cognee|tape|tapee|tombe|tombee|frappe|frappee)( [a-z]+){0,3} ',
      '(la tete|le crane|sa tete|son crane))\\b',
    ),
    unless: DRINK_OR_BUG,
  },
];
