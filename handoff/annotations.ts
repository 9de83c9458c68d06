import { componentLogger } from '../core/logger';
import type { HandoffEvents } from './events';
import type { HandoffConversation } from './model';
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
  const notes = { ...(conversation.notes ?? {}), ...rows };
  const updated = await queue.transition(conversation.id,
    { state: conversation.state, agentId: conversation.agentId }, { notes });
  if (updated === undefined) {
    return false;
  }

  log.info('annotated', { event: 'handoff.annotated', conversationId,
    rows: Object.keys(rows).length });
  events.publish({ type: 'queue' });
  return true;
}

/**
 * What the agent reads: the answers handed over, then the notes. Once a request was filed
 * while handed over, the answers given before may have been corrected at its summary: they
 * are listed as superseded (the filed record, named by its reference, is what counts).
 */
export function answersShown(conversation: HandoffConversation): {
  collected: Readonly<Record<string, string>> | null; superseded: string[];
} {
  const handedOver = conversation.collected ?? {};
  const notes = conversation.notes ?? {};
  const rows = { ...handedOver, ...notes };
  const filed = Object.keys(notes).length > 0;
  return {
    collected: Object.keys(rows).length > 0 ? rows : null,
    superseded: filed ? Object.keys(handedOver).filter((label) => !(label in notes)) : [],
  };
}
