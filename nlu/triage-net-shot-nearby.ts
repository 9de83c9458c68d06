import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "Il y a eu des coups de feu en bas de chez moi": a shot just heard near the writer, told with the
 * "il y a eu" of something that has just happened. The shooter may still be there: 17. A
 * shot in the news, years ago, or at work's rush (triage-idioms-rush.ts) stays calm.
 */
const SHOT_NEARBY = rx('',
  '\\b(il y a eu|ya eu|y a eu|on a entendu|je ai entendu|jai entendu|ca a tire) ',
  '(un|des|deux|trois|plusieurs|\\d+)( gros)? (coup|coups) de feu\\b(?=.*\\b(dans la rue|',
  'dans ma rue|dans notre rue|a le instant|',
  'en bas|dehors|devant|derriere|dans le quartier|dans la cite|dans mon immeuble|',
  'dans le immeuble|dans la residence|a cote|pres de chez|sur le parking|dans le hall)\\b)',
);

const NOT_NOW = rx('',
  '\\b(hier|la semaine|le mois|le an|ans|mois|an dernier|annee|journal|info|infos|news|',
  'reportage|film|serie|jeu|petard|petards|feux de artifice|chasse|chasseurs)\\b',
);

export const NET_SHOT_NEARBY: readonly NetFamily[] = [
  {
    id: 'net-shot-nearby',
    situation: 'weapon',
    // "il y a eu" is the net's past: here it is what just happened, the unless reads the past
    always: true,
    patterns: [SHOT_NEARBY],
    unless: NOT_NOW,
  },
];
