import type { TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { QueueAnnouncer } from './announcer';
import { backToBot, type BackToBotDeps, sayInTurn } from './backToBot';
import { ratingActions } from './citizen';
import type { HandoffConversation } from './model';
import { readStatus } from './protocol';
import type { HandoffQueue } from './queue';

const log = componentLogger('handoff.gate');

export interface StatusDeps extends BackToBotDeps {
  queue: HandoffQueue;
  announcer: QueueAnnouncer;
}

/**
 * A Bot Framework handoff.status event: a contact centre took the conversation, gave up on
 * it or finished it. Only a trusted channel may move a conversation this way.
 */
export async function onHandoffStatus(deps: StatusDeps, context: TurnContext,
  conversation: HandoffConversation, trusted: boolean): Promise<void> {
  const state = readStatus(context.activity);
  if (!state || !trusted) {
    log.warn('handoff.status ignored', { conversationId: conversation.id,
      channelId: context.activity.channelId, valid: state !== undefined });
    return;
  }

  log.info('handoff.status', { conversationId: conversation.id, state });
  if (state === 'accepted') {
    const taken = await deps.queue.transition(conversation.id, { state: 'queued' },
      { state: 'agent', agentId: 'external', external: true });
    if (taken) {
      deps.queue.recordWait(conversation);
      await deps.announcer.refresh();
    }
    return;
  }

  const ended = await deps.queue.transition(conversation.id,
    { state: conversation.state }, { state: 'bot', agentId: '', external: false,
      awaitingRating: state === 'completed' && conversation.state === 'agent',
      ratingAskedAgain: false });
  if (!ended || conversation.state === 'bot') {
    return;
  }
  await backToBot(deps, context, ended, state, state === 'failed' ? 'handoff/failed'
    : 'handoff/closed', conversation.agentId);
  if (ended.awaitingRating) {
    await sayInTurn(context, deps.content, 'handoff/rating-question', {},
      ratingActions(deps.content));
  }
  await deps.announcer.refresh();
}
