import type { TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { QueueAnnouncer } from './announcer';
import { type BackToBotDeps, sayInTurn } from './backToBot';
import type { HandoffConversation } from './model';
import type { HandoffQueue } from './queue';

const log = componentLogger('handoff.gate');

export interface EscalationDeps extends BackToBotDeps {
  queue: HandoffQueue;
  announcer: QueueAnnouncer;
}

/**
 * Emergency while waiting or talking: the conversation goes first, the agent is alerted.
 * A conversation already an emergency is left as it is (no second alert).
 */
export async function raisePriority(deps: EscalationDeps, context: TurnContext,
  conversation: HandoffConversation, state: 'queued' | 'agent', situation?: string):
  Promise<void> {
  if (conversation.priority === 'emergency') {
    return;
  }
  const raised = await deps.queue.raise(conversation.id, state, situation,
    conversation.reason === 'false_alarm' ? 'emergency' : undefined);
  if (!raised) {
    return;
  }

  log.warn('priority raised', { conversationId: raised.id, state });
  await deps.transcript.append(raised.id, { from: 'system', kind: 'event',
    text: 'emergency' });
  deps.events.publish({ type: 'state', conversationId: raised.id, state: raised.state,
    agentId: raised.agentId, cause: 'emergency' });

  if (state === 'queued') {
    await sayInTurn(context, deps.content, 'handoff/priority-raised');
    const status = await deps.announcer.status(raised.id);
    // the new place is not announced: "priorité" says it, and an agent is alerted
    if (status) {
      await deps.announcer.told(raised, { ...status, fallback: undefined });
    }
    await deps.announcer.refresh();
  }
}
