import { componentLogger } from '../core/logger';
import type { HandoffEvents } from './events';
import type { HandoffQueue } from './queue';

const log = componentLogger('handoff.annotations');

/**
 * Adds rows to what the agent reads of a conversation already handed over (queued, or
 * with an agent): the reference of a request the citizen finished while waiting, since the
 * bot goes on answering a conversation queued as an emergency. A conversation with the bot
 * keeps nothing: its next handover reads the procedure afresh. False when nothing changed.
 */
export async function annotateHandedOver(queue: HandoffQueue, events: HandoffEvents,
  conversationId: string, rows: Readonly<Record<string, string>>): Promise<boolean> {
  const conversation = await queue.get(conversationId);
  if (conversation === undefined || conversation.state === 'bot') {
    return false;
  }

  // compare-and-set on the state and agent: a close or a claim meanwhile wins, as elsewhere
  const collected = { ...(conversation.collected ?? {}), ...rows };
  const updated = await queue.transition(conversation.id,
    { state: conversation.state, agentId: conversation.agentId }, { collected });
  if (updated === undefined) {
    return false;
  }

  log.info('annotated', { event: 'handoff.annotated', conversationId,
    rows: Object.keys(rows).length });
  events.publish({ type: 'queue' });
  return true;
}
