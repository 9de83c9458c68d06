import { foldWords } from './normalize';

/** Longer text is an answer that happens to contain the words, not a remark. */
const MAX_WORDS = 15;

const FALSE_ALARM = /\bfausses? (?:alerte|alarme)s?\b/;
const GOING_ON = new RegExp('\\b(?:je continue|on continue|je reprends|on reprend|'
  + 'on peut continuer|je peux continuer)$');

/**
 * "c'est bon il est parti, fausse alerte, je continue": what a citizen says after an
 * emergency told in the middle of a form. It is no answer to the pending question (tester12's
 * F7 had it stored as the account of the facts): the question is asked again.
 */
export function isFalseAlarmRemark(text: string): boolean {
  const words = foldWords(text);
  return words.split(' ').length <= MAX_WORDS
    && (FALSE_ALARM.test(words) || GOING_ON.test(words));
}
