import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Noises up in the attic or the walls that the writer puts down to an animal ("bruits dans
 * le grenier, sûrement un loir / des souris / une fouine"): pests, not a break-in. A voice,
 * a person or a door forced keeps the alarm.
 */
const NOISE = rx('',
  '\\b(bruit|bruits|gratte|grattent|grattement|grattements|gratter|cavale|cavalent|',
  'cavaler|courent|courir|trotte|trottent|trottiner|remue|couine|couinent|vacarme|boucan|',
  'bruits de pas)\\b',
);
const UP_THERE = rx('',
  '\\b(grenier|combles|comble|faux plafond|plafond|toit|toiture|cloison|cloisons|murs|mur|',
  'isolation|soupente|charpente|sous les tuiles|vide sanitaire|gaines)\\b',
);
const ANIMAL = rx('',
  '\\b(loir|loirs|lerot|lerots|souris|rat|rats|rongeur|rongeurs|fouine|fouines|martre|',
  'martres|ecureuil|ecureuils|chouette|chouettes|hibou|pigeon|pigeons|oiseau|oiseaux|',
  'chauve souris|chauves souris|mulot|mulots|frelons|guepes|chat|chats|raton|belette)\\b',
);
/** The writer's guess: "sûrement", "je pense que c'est", "ça doit être". */
const GUESS = rx('',
  '\\b(surement|certainement|probablement|srm|je pense|je crois|on pense|doit etre|',
  'doivent etre|ca doit|on dirait|je suppose|peut etre|a mon avis|ce est|cest|ce sont|',
  'il y a un|il y a des|encore un|encore des|encore une)\\b',
);
const PERSON_THERE = rx('',
  '\\b(quelqu un|qqn|homme|femme|voix|parle|parlent|chuchote|intrus|cambrioleur|',
  'cambrioleurs|individu|inconnu|porte|fenetre|vitre|casse|force|forcee|arme|couteau|',
  'peur pour ma vie|cache|cachee)\\b',
);

export function animalInTheAttic(text: string): boolean {
  return gatedTest(NOISE, text) && gatedTest(UP_THERE, text) && gatedTest(ANIMAL, text) &&
    gatedTest(GUESS, text) &&
    !gatedTest(PERSON_THERE, text);
}
