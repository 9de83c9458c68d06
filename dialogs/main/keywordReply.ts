import type { Activity } from 'botbuilder';
import type { Content } from '../../content/renderer';
import { type KeywordAnswer, referenceIn } from '../common/keywordAnswers';
import { keywordText } from '../common/keywordText';
import { withSuggestedActions } from '../common/suggestedActions';
import type { RouterMemory } from './routing';

/**
 * Answers that end with the offer of a gendarme: only a gendarme can act on the request, or
 * tell whether the facts are time-barred.
 */
const NEEDS_GENDARME: ReadonlySet<KeywordAnswer> = new Set<KeywordAnswer>(
  ['withdrawPreComplaint', 'cancelOtv', 'limitationPeriod']);

/**
 * The keyword answer, with the reference it is about: the one typed, else the one filed in
 * this conversation.
 */
export function keywordReply(content: Content, answer: KeywordAnswer, text: string,
  memory: RouterMemory): Partial<Activity> {
  const reference = answer === 'withdrawPreComplaint'
    ? referenceIn(text, 'PP') ?? memory.filed?.preComplaint
    : answer === 'cancelOtv' ? referenceIn(text, 'OTV') ?? memory.filed?.otv : undefined;
  const reply = keywordText(content, answer, text, { reference: reference ?? '' });
  if (answer === 'lateComplaint') {
    // a theft of months ago: still worth a pré-plainte, and a gendarme can tell the delay
    return withSuggestedActions(`${reply}\n\n${content.render('bot/lateComplaintOffer')}`,
      [content.render('bot/labels.preComplaint'), content.render('bot/labels.talkToGendarme')]);
  }
  if (answer === 'anyDevice') {
    // the question was whether it can be done: it can, and here, with its start button
    return withSuggestedActions(`${reply}\n\n${content.render('bot/preComplaintOffer')}`,
      [content.render('bot/labels.preComplaint')]);
  }
  return NEEDS_GENDARME.has(answer)
    ? withSuggestedActions(reply, [content.render('bot/labels.talkToGendarme')])
    : { text: reply };
}
