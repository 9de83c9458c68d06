import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * The patrol has left and the aggressor is back: "les gendarmes sont partis et il est
 * revenu, il tape à la porte" read as help come and gone (the past of "sont partis", and
 * "taper à la porte" as an idiom), while it is the moment a victim is most exposed.
 */
const PATROL_LEFT = rx('',
  '\\b(gendarmes?|gendarmerie|policiers?|police|flics|keufs|patrouille|agents?|collegues|',
  'militaires|les bleus)\\b( [a-z]+){0,3}( (sont|est|etaient|a peine|viennent de|vient de))? ',
  '(partis?|partie|parties|partir|repartis?|repartie|repartir|sortis?|en alles|alles)\\b',
);

const AGGRESSOR_BACK = rx('',
  '\\b(il|elle|ils|lui|mon ex|mon mari|mon copain|mon conjoint|mon pere|mon beau pere|',
  'le voisin|ce type|ce mec|le mec|le type|l agresseur|le gars)( [a-z]+){0,2} ',
  '(est|sont|a|ont)? ?(revenu|revenue|revenus|de retour|re la|encore la|deja la|',
  'revient|reviennent|recommence|remet ca|remis ca)\\b',
);

/** A patrol that left after nothing happened and nobody came back is the calm it reads. */
const NOBODY_BACK = rx('',
  '\\b(plus rien|tout est calme|tout va bien|rien depuis|pas revenu|pas revenue|',
  'jamais revenu|est pas revenu|n est pas revenu)\\b|',
  '\\brevenue?s? (de|du|des) (l )?(ecole|travail|boulot|courses|college|lycee|vacances|',
  'sport|stage|marche)\\b',
);

/** One line in the net's list. */
export const NET_BACK_AFTER_PATROL: readonly NetFamily[] = [
  {
    id: 'net-back-after-patrol',
    situation: 'violence',
    patterns: [PATROL_LEFT],
    requires: AGGRESSOR_BACK,
    unless: NOBODY_BACK,
    beforeIdioms: true,
  },
];
