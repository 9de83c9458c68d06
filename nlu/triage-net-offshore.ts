import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A kayaker, a swimmer or a board capsized or struggling far from the shore, no place
 * named: "loin du bord", "au large", carried off by the current. The sea rescue first.
 */
const STRUGGLING = rx('',
  '\\b(kayakistes?|kayaks?|paddles?|planches?|nageurs?|nageuses?|baigneurs?|baigneuses?|',
  'surfeurs?|surfeuses?|windsurfeurs?|kitesurfeurs?|plongeurs?|canoes?|pedalos?)',
  '( [a-z]+){0,6} (se est retourne|se est retournee|a chavire|chavire|a dessale|dessale|',
  'est tombe a le eau|coule|coulent|se debat|se debattent|boit la tasse|boivent la tasse|',
  'appelle a le aide|fait des signes|',
  '(arrive|arrivent|peut|peuvent) (pas|plus) a (remonter|revenir|rentrer|nager|regagner))\\b',
);
const OFFSHORE = rx('',
  '\\b(loin du bord|loin de le bord|loin de la (plage|cote|rive)|au large|emporte par le ',
  'courant|emportee par le courant|part au large|derive|derivent|au loin)\\b',
);
const OVER_OR_DRILL = rx('',
  '\\b(exercice|entrainement|cours de|stage|moniteur|sain et sauf|sains et saufs|remonte ',
  'tout seul|est revenu|hier|film|video|reportage)\\b',
);

export const NET_OFFSHORE: readonly NetFamily[] = [
  {
    id: 'net-struggling-offshore',
    situation: 'sea',
    patterns: [STRUGGLING],
    requires: OFFSHORE,
    unless: OVER_OR_DRILL,
  },
];
