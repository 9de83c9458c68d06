import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A gas smell told as a guess: "ça sent pas bon, on dirait le gaz". Beside "ça sent pas le
 * gaz" (a denial, calm since the net-gas pattern reads its "pas"), the guess is a gas leak
 * until the firefighters say otherwise (18).
 */
const GUESSED = rx('',
  '\\b(on dirait|comme|genre|ca ressemble a|je crois que ca sent|ca sent un peu|',
  'ca sentirait|une odeur de|je pense que ca sent) (le |du |de le |la )?(gaz|butane|propane)\\b',
);

export const NET_GAS_GUESSED: readonly NetFamily[] = [
  {
    id: 'net-gas-guessed',
    situation: 'gas',
    patterns: [GUESSED],
    unless: /\b(bouteille vide|cuisiniere neuve|installer|installation|devis|plaque a gaz)\b/,
  },
];
