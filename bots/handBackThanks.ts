import { shortcutFor } from '../dialogs/common/commands';
import { isAcknowledgement } from '../dialogs/prompts/noAnswer';
import { normalize } from '../nlu/normalize';
import type { Understanding } from '../nlu/types';

const THANKS_TOPIC = 'smalltalk.thanks';

/** A thank-you word, which "ok" or "d'accord" alone is not. */
const THANKS_WORD = /\b(?:merci|mrc|mci|thx|thanks)\b/;

/**
 * "merci beaucoup" written to the gendarme who just closed: thanks, answered as such
 * before the form's question comes back, never read as its answer (a tester's finding).
 */
export function thanksTheGendarme(understanding: Understanding): boolean {
  const { text } = understanding;
  return shortcutFor(text) === 'thanks' || understanding.topic === THANKS_TOPIC
    || (isAcknowledgement(text) && THANKS_WORD.test(normalize(text)));
}
