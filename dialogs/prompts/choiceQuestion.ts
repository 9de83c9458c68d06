import { foldWords } from './normalize';

/** Words that ask about the options rather than pick one. */
const ASKS = new RegExp('\\b(?:difference|c est quoi|ca veut dire|ca signifie|'
  + 'qu est ce que|qu est ce qu|que veut dire|lequel|laquelle|je choisis quoi|je mets quoi|'
  + 'je dois choisir quoi|comment (?:savoir|choisir))\\b');

const QUESTION_START = /^(?:comment|pourquoi|quel|quelle|quels|quelles|est ce que|c est quoi)\b/;

/**
 * "c'est quoi la différence entre un vol et un vol de véhicule ?": a question about the
 * options names some of them, and must not pick one silently (tester12's F6).
 */
export function isQuestionAboutChoices(text: string): boolean {
  const words = foldWords(text);
  const asked = text.trim().endsWith('?') && QUESTION_START.test(words);
  return asked || ASKS.test(words);
}
