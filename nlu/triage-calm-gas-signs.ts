import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Comment détecter une fuite de gaz chez soi", "comment savoir si on a une fuite de gaz",
 * "quels sont les signes d'une fuite de gaz": how to tell a leak, asked ahead. A smell now
 * ("ça sent le gaz, comment savoir si c'est une fuite"), a detector ringing or a leak
 * claimed ("je crois qu'il y a une fuite") is the alarm, whatever the question.
 */
const LEAK = /\b(fuites? de gaz|odeur de gaz|gaz qui fuit|fuite de monoxyde|monoxyde)\b/;

const HOW_TO_TELL = rx('',
  '\\b(comment (on )?(fait |faire )?(pour )?(detecter|savoir|reconnaitre|reperer|voir|',
  'verifier|sentir|trouver|deceler)|comment (on sait|sait on|se rendre compte)|',
  'a quoi (on )?(reconnait|voit|sait|sent)|(quels|quelles) (sont )?(les )?(signes|symptomes|',
  'indices)|(ce|c est|ce est) quoi les (signes|symptomes|indices)|(les|des) (signes|',
  'symptomes|indices) (de|de une|pour|qui)|(detecter|reperer|deceler) (une|les|un) ',
  '(fuite|fuites|odeur))\\b',
);

const LEAK_NOW = rx('',
  '\\b((ca|il|on|je|ce|cela|la) (sent|sens|pue|empeste)|sent (le|du|la) gaz|odeur (forte|bizarre|',
  'etrange)|forte odeur|(detecteur|alarme)( de gaz| gaz| de monoxyde| monoxyde| co)? ',
  '(sonne|sonnent|bip|bipe|bipent|se declenche|hurle)|je crois|je pense|on dirait|',
  'maintenant|en ce moment|mal a la tete|vertiges|nausee|malaise|tombe|inconscient|',
  // "s'il y a" is the question's: "il" before "y a" as well
  '(?<!\\b(si|s|se|il) )((il y a|y a|ya) une fuite|(je ai|on a|jai) une fuite))\\b',
);

export function gasSignsAsked(text: string): boolean {
  return gatedTest(LEAK, text) && gatedTest(HOW_TO_TELL, text) && !gatedTest(LEAK_NOW, text);
}
