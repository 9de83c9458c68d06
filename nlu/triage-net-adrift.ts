import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A crew adrift now, told by its plight rather than a sea word ("le moteur est en panne et
 * on dérive", "on a lancé une fusée de détresse, on dérive vers les rochers"): the CROSS.
 * "on dérive du sujet" is no boat: a boat, an engine or the coast must be named.
 */
const ADRIFT = rx('',
  '\\b(on|nous) (derive|derivons|part a la derive|partons a la derive|est a la derive|',
  'sommes a la derive|est en train de deriver|sommes en train de deriver)\\b',
);
const AFLOAT = rx('',
  '\\b(moteur|bateau|voilier|barque|kayak|zodiac|canot|semi rigide|pneumatique|voile|helice|',
  'mat|large|cote|rochers|fusee|fusees|pagaie|rame|courant|vent)\\b',
);

export const NET_ADRIFT: readonly NetFamily[] = [
  {
    id: 'net-adrift-now',
    situation: 'sea',
    patterns: [ADRIFT],
    requires: AFLOAT,
    unless: /\b(sujet|conversation|discussion|debat|reunion)\b/,
  },
];
