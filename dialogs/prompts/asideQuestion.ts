import type { TurnContext } from 'botbuilder';
import type { Content } from '../../content/renderer';
import { getUnderstanding } from '../common/turnServices';

/**
 * How a question starts once normalised (see nlu/normalize.ts: "c'est" reads "ce est").
 * Only a message that reads as a question is taken as an aside: "on m'a volé ma carte" at
 * a closed question is an attempt to answer it, not a new subject.
 */
const QUESTION_START = new RegExp('^(?:comment|est ce que|ou |quand|combien|pourquoi|quel|'
  + 'qui |que faire|que dois je|puis je|je peux|peut on|on peut|faut il|il faut|ce est quoi|'
  + 'je voudrais savoir|je aimerais savoir|a quoi|dois je|doit on)');

/** Below this topic score the question is not answered aside (as the main router's). */
const MIN_SCORE = 0.5;

/**
 * The FAQ topic of a question asked in the middle of a procedure, when the answer to the
 * pending question could not be read and the recogniser is sure of an answered topic.
 */
export function asideTopic(context: TurnContext, content: Content): string | undefined {
  const understanding = getUnderstanding(context);
  if (understanding === undefined) {
    return undefined;
  }

  const asks = understanding.text.trim().endsWith('?')
    || QUESTION_START.test(understanding.normalized);
  const { topic } = understanding;
  const sure = !understanding.ambiguous && understanding.score >= MIN_SCORE;
  const answered = topic.startsWith('faq.') && content.has(`faq/${topic}`);
  return asks && sure && answered ? topic : undefined;
}
