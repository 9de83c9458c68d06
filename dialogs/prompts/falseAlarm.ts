import { deniesFalseAlarm, insistsOnEmergency } from './emergencyInsisted';
import { foldWords } from './normalize';

/** Longer text is an answer that happens to contain the words, not a remark. */
const MAX_WORDS = 15;

const FALSE_ALARM = /\bfausses? (?:alerte|alarme)s?\b/;
const GOING_ON = new RegExp('\\b(?:je continue|on continue|je reprends|on reprend|'
  + 'on peut continuer|je peux continuer)$');

/**
 * "c'était rien", "j'ai eu peur pour rien", "c'est mon adresse pas un incendie": the danger
 * told earlier was never real. Said with no emergency before, these words may answer a
 * question; after one, they only speak of it (tester F8).
 */
const DANGER_DENIED = new RegExp('\\b(?:'
  // foldWords reads "c'était" as "c est etait" (its "c bon" rule)
  + '(?:c est etait|cetait|ct|c est|ce n etait|ce n est)(?: vraiment| finalement| juste)?'
  + ' (?:que )?rien'
  + '|rien de grave|peur pour rien|tout va bien|pas de danger'
  + '|je me suis fait peur|on s est fait peur'
  // a mistake or a joke, said last: "je me suis trompé de date" corrects a form's answer
  + '|(?:je me suis (?:trompee?|mal exprimee?)|on s est trompes?|erreur|(?:c est etait|cetait|'
  + 'ct|c est) (?:une |pour )?(?:blague|rire|farce))(?: (?:desolee?|dsl|pardon|excusez moi))?$'
  // a street's name read as a fire: "non c'est mon adresse pas un incendie" (tester F4)
  + '|c est (?:juste |seulement )?(?:mon|ma|notre|le nom de (?:ma|la)) (?:adresse|rue|'
  + 'commune|ville)|(?:ce n est |c est )?pas (?:un|une|le|la|de|d) (?:vrai |vraie )?'
  + '(?:incendie|feu|noyade|urgence|cambriolage|agression)'
  // the story of the past offence read as now: "ça s'est passé hier"
  + '|(?:ca|cela|tout) s est passe (?:hier|avant hier|il y a|la semaine|le mois)'
  + ')\\b');

/**
 * "il est parti", "c'est fini", "ça s'est calmé": the danger was real and is over for now.
 * No false alarm (t97: "c bon il est parti" after "il me frappe" lowered the priority): the
 * gendarme still calls back.
 */
const DANGER_OVER = new RegExp('\\b(?:'
  + '(?:plus|pas) (?:de danger|en danger)'
  + '|(?:il|elle|ils|elles) (?:est|sont) (?:re)?partie?s?(?: (?:maintenant|enfin|finalement))?$'
  + '|c est fini|(?:ca|cela|tout) s est calme|(?:il|elle|ils|elles) s (?:est|sont) calmee?s?'
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
  return isFalseAlarmRemark(text) || (words.split(' ').length <= MAX_WORDS
    && (DANGER_DENIED.test(words) || DANGER_OVER.test(words)));
}

/**
 * The explicit word that the emergency was never real ("fausse alerte", "je me suis trompé",
 * "c'était une blague", "c'était rien"): only this stands an emergency down. "il est parti"
 * or "c'est fini" is the end of a real danger, and keeps its priority.
 */
export function deniesEmergency(text: string): boolean {
  const words = foldWords(text);
  if (insistsOnEmergency(text) || words.split(' ').length > MAX_WORDS
    || deniesFalseAlarm(words)) {
    return false;
  }
  return FALSE_ALARM.test(words) || DANGER_DENIED.test(words);
}
