import { ActivityTypes, type TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import { isFormWaiting, markHandedBack } from './handBack';
import type { HandoffConversation } from './model';
import { readRating, thanksData } from './opinion';
import { isGibberish } from './ratingWords';
import type { HandoffQueue } from './queue';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.gate');

export interface RatingDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  /** Sends a French template to the citizen, in this turn. */
  say: (key: string, data: Record<string, unknown>) => Promise<void>;
  /** Asks the rating question again, with its buttons. */
  askAgain: () => Promise<void>;
}

/**
 * After an agent closed: a "1".."5" answer, a figure among words ("bof 2", "quatre") or a
 * clear opinion (tester13's F16) is the rating; an answer with nothing readable gets the
 * question once more, and a second one ends it with a polite word; anything else goes to
 * the bot (false), and no rating is awaited any more. Once read or dropped, the turn is
 * marked as handed back, even after an emergency, where no rating is asked: a form left
 * waiting asks its question again before reading.
 */
export async function afterClose(deps: RatingDeps, context: TurnContext,
  conversation: HandoffConversation): Promise<boolean> {
  const closed = conversation.awaitingRating === true || conversation.handedBack === true;
  if (!closed || context.activity.type !== ActivityTypes.Message) {
    return false;
  }
  const text = context.activity.text ?? '';
  const rating = conversation.awaitingRating === true ? readRating(text) : undefined;
  const unreadable = rating === undefined && conversation.awaitingRating === true
    && isGibberish(text);
  if (unreadable && conversation.ratingAskedAgain !== true) {
    return askAgain(deps, conversation);
  }

  await deps.queue.transition(conversation.id, { state: 'bot' }, { awaitingRating: false,
    ratingAskedAgain: false, handedBack: false, ...(rating === undefined ? {} : { rating }) });
  markHandedBack(context);
  if (unreadable) {
    // unreadable twice: no third question, and no bot answer to "euh" either
    await deps.say('handoff/rating-dropped', { formWaits: isFormWaiting(context) });
    return true;
  }
  if (rating === undefined) {
    return false;
  }
  log.info('rated', { conversationId: conversation.id, rating });
  await deps.transcript.append(conversation.id, { from: 'system', kind: 'event',
    text: `rated:${rating}` });
  await deps.say('handoff/rating-thanks', thanksData(rating, isFormWaiting(context)));
  return true;
}

/** The question once more; the hand-back waits for the answer that ends the rating. */
async function askAgain(deps: RatingDeps, conversation: HandoffConversation): Promise<boolean> {
  const kept = await deps.queue.transition(conversation.id, { state: 'bot' },
    { ratingAskedAgain: true });
  if (!kept) {
    return false;
  }
  log.info('rating asked again', { conversationId: conversation.id });
  await deps.askAgain();
  return true;
}
