import { foldWords } from './normalize';

/** Longer text is an account, read by the prompt as any other answer. */
const MAX_WORDS = 20;

/**
 * "c'est pas le sujet", "je comprends pas la question, c'est ma fille qui veut partir":
 * the citizen says the question itself missed what they asked (a tester's parent asking
 * whether a daughter of 17 may move in with her boyfriend got the violence help's "êtes-vous
 * en sécurité ?").
 */
const MISREAD = new RegExp('\\b(?:(?:c est|ce est|ce n est|c etait|ce n etait) (?:pas|plus) '
  + '(?:du tout )?(?:le sujet|la question|ca|ma question|de ca que je parle)|hors sujet|'
  + '(?:ca|cela) (?:n )?a rien a voir|rien a voir|(?:vous avez|tu as|vous m avez) (?:mal|pas) '
  + 'compris|(?:je )?(?:ne )?comprends? (?:pas|rien a) (?:la|votre|ta) question|'
  + 'quel rapport|je (?:ne )?suis pas concernee?|(?:ca|cela) ne me concerne pas|'
  + 'ca me concerne pas|je (?:ne )?suis pas (?:une )?victime|personne ne me (?:frappe|menace))\\b');

/**
 * What still speaks of a danger, or answers the question ("non" is not safe): then the
 * reply is read as the safety question's, never as a misreading.
 */
const DANGER = new RegExp('\\b(?:non|nan|peur|danger|menace|menacer|frappe|frapper|tape|'
  + 'couteau|arme|tuer|aide|aidez|secours|vite|blesse|blessee|sang|urgence|revient|encore|'
  + 'toujours|dehors|devant|suit|enferme|enfermee|crie|hurle|bat|battu|battue)\\b');

/** A short reply saying the question missed the point, with no word of danger. */
export function saysQuestionMisread(text: string): boolean {
  const words = foldWords(text);
  return words.split(' ').length <= MAX_WORDS && MISREAD.test(words) && !DANGER.test(words);
}
