import { deniesFalseAlarm, insistsOnEmergency } from './emergencyInsisted';
import { foldWords } from './normalize';

/** Longer text is an answer that happens to contain the words, not a remark. */
const MAX_WORDS = 15;

const FALSE_ALARM = /\bfausses? (?:alerte|alarme)s?\b/;
const GOING_ON = new RegExp('\\b(?:je continue|on continue|je reprends|on reprend|'
  + 'on peut continuer|je peux continuer)$');

/**
 * "c'était rien", "plus de danger", "j'ai eu peur pour rien": the danger told earlier in the
 * form is over. Said with no emergency before, these words may answer a question; after one,
 * they only speak of it (tester F8).
 */
const DANGER_OVER = new RegExp('\\b(?:'
  // foldWords reads "c'était" as "c est etait" (its "c bon" rule)
  + '(?:c est etait|cetait|ct|c est|ce n etait|ce n est)(?: vraiment| finalement| juste)?'
  + ' (?:que )?rien'
  + '|rien de grave|peur pour rien|tout va bien|(?:plus|pas) de danger|plus en danger'
  + '|je me suis fait peur|on s est fait peur'
  + '|(?:il|elle|ils|elles) (?:est|sont) partie?s?(?: (?:maintenant|enfin|finalement))?$'
  // a street's name read as a fire: "non c'est mon adresse pas un incendie" (tester F4)
  + '|c est (?:juste |seulement )?(?:mon|ma|notre|le nom de (?:ma|la)) (?:adresse|rue|'
  + 'commune|ville)|(?:ce n est |c est )?pas (?:un|une|le|la|de|d) (?:vrai |vraie )?'
  + '(?:incendie|feu|noyade|urgence|cambriolage|agression)'
  // the story of the past offence read as now: "c'est fini, ça s'est passé hier"
  + '|c est fini|(?:ca|cela|tout) s est passe (?:hier|avant hier|il y a|la semaine|le mois)'
  + ')\\b');

/**
 * "c'est bon il est parti, fausse alerte, je continue": what a citizen says after an
 * emergency told in the middle of a form. It is no answer to the pending question (tester12's
 * F7 had it stored as the account of the facts): the question is asked again.
 */
export function isFalseAlarmRemark(text: string): boolean {
  const words = foldWords(text);
  return words.split(' ').length <= MAX_WORDS && !deniesFalseAlarm(words)
    && (FALSE_ALARM.test(words) || GOING_ON.test(words));
}

/**
 * A false-alarm remark, or any short word that the danger is over, once an emergency was
 * told in the same form: never an answer to its question, never a wish to stop it.
 */
export function dismissesEmergency(text: string): boolean {
  const words = foldWords(text);
  if (insistsOnEmergency(text)) {
    // "c'est pas une fausse alerte", "ce n'est pas une blague, pas de danger pour moi ?"
    return false;
  }
  return isFalseAlarmRemark(text)
    || (words.split(' ').length <= MAX_WORDS && DANGER_OVER.test(words));
}
