import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Someone else's self-harm already done and bleeding now ("il s'est ouvert les veines, y en
 * a partout", "elle s'est scarifiée profond, ça arrête pas de saigner"): the body first
 * (15), then the 3114 and 112, as for pills already swallowed. The writer telling their own
 * cuts and wish to die keeps the 3114 first (the suicide rules): they are on the line. A
 * kitchen cut or a DIY accident is not it.
 */
const CUT_SELF = rx('',
  '\\b(se est) (scarifie|scarifiee|taillade|',
  'tailladee|tailladees|mutile|mutilee|lacere|laceree)\\b|',
  '\\b(se est) (ouvert|ouverte|coupe|coupee|tranche|tranchee|entaille|',
  'entaillee|charcute|charcutee)( [a-z]+){0,2} (les|le|ses|mes|son|sa|ma|mon) (veines|veine|',
  'poignets|poignet|avant bras|bras|cuisses|cuisse|ventre|gorge)\\b',
);
const BLEEDING_NOW = rx('',
  '\\b(saigne|saignent|saigner|sang|pisse le sang|hemorragie|ca coule|y en a partout|',
  'il y en a partout|partout|plein le|plein la|profond|profonde|beaucoup)\\b',
);
const ACCIDENT = rx('',
  '\\b(accident|accidentellement|par accident|sans faire expres|en cuisinant|en bricolant|',
  'en tombant|en coupant|avec une scie|tronconneuse|disqueuse|verre casse|la vitre|',
  'pansement|points de suture|cicatrice|cicatrices|cicatrise)\\b',
);

export const NET_CUT: readonly NetFamily[] = [
  {
    id: 'net-self-cut-bleeding',
    situation: 'suicide_attempt',
    patterns: [CUT_SELF],
    requires: BLEEDING_NOW,
    unless: ACCIDENT,
  },
];
