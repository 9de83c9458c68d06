import { gatedTest } from './regex-gate';
import { DEATH_FIGURE } from './triage-calm-hyperbole';
import { rx } from './triage-words';

/**
 * "jvais crever tellement j'ai couru", "je vais mourir après ce footing": one's death as the
 * figure of being out of breath or worn out by an effort. Pain in the chest, a faint, no
 * breath or despair keep the alarm.
 */

const EFFORT = rx('',
  '\\b(tellement (je ai|jai|on a) (couru|marche|pedale|nage|bosse|travaille|monte|danse|',
  'mange|bu|rigole|ri)|(apres|avec) (le|mon|ce|cette|la|ma) (footing|jogging|course|sport|',
  'seance|entrainement|marathon|rando|randonnee|muscu|crossfit|montee|escaliers|demenagement)|',
  'trop couru|trop mange|a la salle|au sport|les escaliers|(je suis|chui|suis) (creve|crevee|',
  'epuise|epuisee|essouffle|essoufflee|mort|morte|rince|rincee))\\b',
);

const REAL_DISTRESS = rx('',
  '\\b(veux mourir|envie de mourir|me tuer|en finir|plus envie|poitrine|coeur|respire pas|',
  'respire plus|arrive pas a respirer|etouffe|malaise|perds connaissance|evanoui|douleur|',
  'mal (a|au|aux) (la poitrine|le coeur|le bras|la tete)|sang|saigne|personne|seul|seule|',
  'au secours|aidez|urgence)\\b',
);

export function effortDeathFigure(text: string): boolean {
  return gatedTest(DEATH_FIGURE, text) && gatedTest(EFFORT, text) &&
    !gatedTest(REAL_DISTRESS, text);
}
