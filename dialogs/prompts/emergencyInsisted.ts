import { foldWords } from './normalize';

/** Longer text is a new account, which the triage reads on its own. */
const MAX_WORDS = 20;

/**
 * "non c'est pas une fausse alerte", "c'est pas une blague", "c'est sérieux", "je rigole pas
 * il est encore là": said right after the numbers, the danger stands. The triage reads
 * none of these as one (its "fausse alerte" calm even reads the first as calm).
 */
const INSISTS = new RegExp('\\b(?:'
  + '(?:pas|non|jamais) (?:une |un |de |d )?(?:fausses? (?:alertes?|alarmes?)|blagues?|'
  + 'plaisanteries?|farces?|canular|rigolade|exercice)'
  + '|c est (?:tres |vraiment |hyper |super )?serieux|je suis (?:tres )?serieu(?:x|se)'
  + '|(?:je |j )?(?:ne |n )?(?:rigole|plaisante|blague|mens) pas|sans (?:rire|blague)'
  + '|(?:il|elle|ils|elles|on) (?:est|sont) (?:toujours|encore) la'
  + ')\\b');

/** The citizen insists, after an emergency, that the danger is real and still there. */
export function insistsOnEmergency(text: string): boolean {
  const words = foldWords(text);
  return words.split(' ').length <= MAX_WORDS && INSISTS.test(words);
}

/** "pas une fausse alerte", "ce n'est pas une fausse alarme": the words, but negated. */
const NEGATED_FALSE_ALARM = /\b(?:pas|non|jamais) (?:une |de |d )?fausses? (?:alerte|alarme)s?\b/;

/** Whether the false-alarm words of `words` (foldWords() text) are negated. */
export function deniesFalseAlarm(words: string): boolean {
  return NEGATED_FALSE_ALARM.test(words);
}
