import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * "mon ex me suit partout et m'a déjà poussée contre un mur, je veux une protection": a
 * request for a protection order, a grave-danger phone or a complaint, about what an ex or
 * a partner has done over time. The domestic-violence answer (it offers a gendarme), unless
 * the person is there now ("il est en bas", "devant chez moi maintenant").
 */
const PROTECTION_ASKED = rx('',
  '\\b(je veux|je voudrais|je aimerais|comment (avoir|obtenir|demander|faire pour avoir)|',
  'demander|obtenir|besoin de|avoir droit a|on peut avoir|je peux avoir|je peux demander)',
  '( [a-z]+){0,3} (protection|ordonnance|telephone grave danger|tgd|bracelet|eloignement|',
  'interdiction|mesure de protection|plainte|main courante)\\b|',
  '\\b(porter|deposer|faire) (plainte|une main courante)\\b',
);
/** Told as what has happened, a pattern or once: not what happens now. */
const TOLD_OVER_TIME = rx('',
  '\\b(deja|partout|depuis|tout le temps|souvent|plusieurs fois|une fois|la derniere fois|',
  'il y a|hier|la semaine|le mois|encore|toujours|sans arret|tous les jours)\\b',
);
/** The person here now, or a blow being struck: the alarm stays. */
const PRESENT = rx('',
  '\\b(en bas|devant (chez moi|la porte|ma porte|le immeuble|mon immeuble|la maison)|dehors|',
  'sur le palier|dans le hall|a la porte|sonne|frappe a|tambourine|me attend|cache|',
  'ce soir|cette nuit|la maintenant|maintenant|en ce moment|saigne|sang|couteau|arme)\\b',
);

export function protectionAsked(text: string): boolean {
  return gatedTest(PROTECTION_ASKED, text) && gatedTest(TOLD_OVER_TIME, text) &&
    !gatedTest(PRESENT, text) && !hereNow(text);
}
