import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "mon pc a planté et j'ai tout perdu jvais mourir, vous réparez les ordis ?": one's death
 * as the figure of a trivial mishap (a computer, a phone, an exam, a game, a fine, the wifi),
 * with a question to the service or laughter. "je veux mourir", "je vais mourir" alone and
 * any pain, despair or body failing keep the alarm.
 */
/** "je vais mourir", "jvais crever": one's own death foretold, the figure both calms read. */
export const DEATH_FIGURE = /\b(je vais|vais|je vas|on va) (mourir|crever|clamser)\b/;

const TRIVIAL = rx('',
  '\\b(pc|ordi|ordis|ordinateur|ordinateurs|telephone|tel|portable|iphone|smartphone|ecran|',
  'console|ps4|ps5|switch|xbox|jeu|jeux|partie|fortnite|minecraft|exam|examen|examens|',
  'partiel|partiels|controle|interro|devoirs|devoir|dm|bac|brevet|amende|amendes|pv|',
  'contravention|wifi|wi fi|internet|box|connexion|batterie|fichiers|photos|sauvegarde|',
  'memoire|plante|beug|bug|bugge|appli|serie|episode|match)\\b',
);

const ASKED_OR_LAUGHING = rx('',
  '\\b(vous|pouvez|est ce que|comment|combien|on peut|je peux|ou est ce|mdr|mdrr|lol|ptdr|',
  'xd|haha|hahaha|hihi)\\b',
);

const REAL_DISTRESS = rx('',
  '\\b(veux mourir|envie de mourir|me tuer|me suicider|suicid[a-z]*|en finir|plus envie|',
  'marre de la vie|marre de vivre|vivre|mal (a|au|aux|dans)|douleur|poitrine|coeur|respire|',
  'respirer|etouffe|sang|saigne|malaise|blesse|blessee|medicaments|cachets|pilules|sauter|',
  'corde|pont|frappe|menace|peur|seul|seule|au secours|aidez|urgence)\\b',
);

export function trivialDeathFigure(text: string): boolean {
  return gatedTest(DEATH_FIGURE, text) && gatedTest(TRIVIAL, text) &&
    gatedTest(ASKED_OR_LAUGHING, text) &&
    !gatedTest(REAL_DISTRESS, text);
}
