import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * The lead's round t70 (blind83, blind84 at first reading): someone dragged or pulled by the
 * hair now (17), and someone fallen at home heard calling for help behind a locked door (15
 * first: the care; the firefighters open the door).
 */
const BY_THE_HAIR = rx('',
  '\\b(traine|trainent|tire|tirent|trainer|tirer|attrape|attrapent|agrippe|empoigne)',
  '( [a-z]+){0,4} par les cheveux\\b',
);

const FALLEN = rx('',
  '\\b(est tombee?|sont tombes|a chute|fait une chute|a fait une chute|est par terre|',
  'est au sol|(peut|arrive) (pas|plus) a? ?se relever|ne peut (pas|plus) se relever)\\b',
);
const CALLING_BEHIND_DOOR = rx('',
  '\\b(appelle|appeler|appeller) a le aide|\\b(je|on) (le |la )?(entends|entend) ',
  '(crier|appeler|gemir|pleurer)|porte (est )?(fermee|verrouillee|bloquee)|ferme a cle|',
  'fermee a cle|pas (la|de) cle|(peux|pouvons|peut) pas (entrer|ouvrir)|impossible de (entrer|',
  'ouvrir)\\b',
);

export const NET_ROUND_T70: readonly NetFamily[] = [
  {
    id: 'net-by-the-hair',
    situation: 'violence',
    patterns: [BY_THE_HAIR],
  },
  {
    id: 'net-fallen-behind-door',
    situation: 'medical',
    patterns: [FALLEN],
    requires: CALLING_BEHIND_DOOR,
  },
];
