import { foldWords } from './normalize';

/**
 * Words that answer a yes / no question and nothing else: typed at a free-text question
 * ("Qu'est-ce qui vous a été pris ?" → "oui"), they were kept as the stolen object, the
 * access or the evidence. Folded as foldWords() gives them.
 */
const YES_NO_OK = new RegExp('^(?:(?:oui|ouii+|ouais|ouai|ui|wi|yes|yep|ok|okay|oki|okk+|'
  + 'dac|dacc|d accord|daccord|bien sur|non|nan|nn|no|nope|merci|voila)(?: |$))+$');

/** No letter nor digit: emoji or punctuation only ("👍", "?!", "..."). */
const NO_WORD = /^[^\p{L}\p{N}]+$/u;

/**
 * True when an answer is only yes, no or ok, emoji or punctuation: it says nothing a
 * gendarme could read as an object, a place or an account. An empty answer is not one
 * (the blank answer has its own handling).
 */
export function isBareReply(text: string): boolean {
  const said = text.trim();
  if (said === '') {
    return false;
  }
  return NO_WORD.test(said) || YES_NO_OK.test(foldWords(said.replace(/[^\p{L}\p{N}\s'’-]/gu,
    ' ')));
}
