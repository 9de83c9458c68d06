import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Shouts of a game played online ("mon fils crie au secours on va mourir toute la nuit sur son
 * jeu en ligne, c'est normal ?"): the game's alarm, asked about by a tired parent. A blow, a
 * fall, blood, a weapon, fire or someone not breathing keeps the alarm.
 */
const AT_PLAY = rx('',
  '\\b(sur|dans|pendant|a) (son|sa|ses|leur|leurs|mon|ma|mes) (jeu|jeux|jeu video|jeux video|',
  'jeu en ligne|partie|parties|console|play|ps4|ps5|xbox|switch|pc|ordi|fortnite|warzone|gta|',
  'minecraft|roblox|call of)\\b|\\b(en jouant|quand il joue|quand elle joue|ils jouent|',
  'il joue|elle joue)\\b',
);
const SHOUTS = /\b(crie|crient|hurle|hurlent|gueule|braille|dit)\b/;
const DANGER = rx('',
  '\\b(frappe|tape|sang|saigne|blesse|blessee|tombe|tombee|couteau|arme|feu|fumee|',
  'respire|inconscient|inconsciente|malaise|convulse|se tuer|suicide)\\b',
);

export function gameShouts(text: string): boolean {
  return gatedTest(AT_PLAY, text) && gatedTest(SHOUTS, text) && !gatedTest(DANGER, text);
}
