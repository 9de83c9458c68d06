import { ActivityTypes, type TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import { isFormWaiting, markHandedBack } from './handBack';
import type { HandoffConversation } from './model';
import { readRating, thanksData } from './opinion';
import type { HandoffQueue } from './queue';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.gate');

export interface RatingDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  /** Sends a French template to the citizen, in this turn. */
  say: (key: string, data: Record<string, unknown>) => Promise<void>;
}

/**
 * After an agent closed: a "1".."5" answer (or a clear opinion in words, tester13's F16)
 * is the rating; anything else goes to the bot (false), and no rating is awaited any more.
 * Either way the turn is marked as handed back, even after an emergency, where no rating
 * is asked: a form left waiting asks its question again before reading the message.
 */
export async function afterClose(deps: RatingDeps, context: TurnContext,
  conversation: HandoffConversation): Promise<boolean> {
  const closed = conversation.awaitingRating === true || conversation.handedBack === true;
  if (!closed || context.activity.type !== ActivityTypes.Message) {
    return false;
  }
  const rating = conversation.awaitingRating === true
    ? readRating(context.activity.text ?? '') : undefined;

  await deps.queue.transition(conversation.id, { state: 'bot' },
    { awaitingRating: false, handedBack: false, ...(rating === undefined ? {} : { rating }) });
  markHandedBack(context);
  if (rating === undefined) {
    return false;
  }
  log.info('rated', { conversationId: conversation.id, rating });
  await deps.transcript.append(conversation.id, { from: 'system', kind: 'event',
    text: `rated:${rating}` });
  await deps.say('handoff/rating-thanks', thanksData(rating, isFormWaiting(context)));
  return true;
}
