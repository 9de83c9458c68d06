import { componentLogger } from '../core/logger';
import type { HandoffEvents } from './events';
import type { HandoffConversation } from './model';
import type { HandoffQueue } from './queue';
import type { QueueAnnouncer } from './announcer';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.gate');

export interface StandDownDeps {
  queue: HandoffQueue;
  transcript: TranscriptStore;
  announcer: QueueAnnouncer;
  events: HandoffEvents;
}

/**
 * The citizen says the emergency was a false alarm ("c'est mon adresse, pas un incendie"):
 * the conversation stays in the queue, for a gendarme to read, but no longer ahead of real
 * emergencies (tester F4 had it queued as one, and the numbers repeated at every message).
 * Its reason becomes 'false_alarm', so that the gendarmes' queue no longer shows a live
 * emergency (its situation stays stored, for a citizen who says it was real after all); the
 * bot goes on answering the form. One held by a gendarme is left as it is; the gendarme
 * reads the message.
 */
export async function standDown(deps: StandDownDeps, conversation: HandoffConversation):
Promise<boolean> {
  if (conversation.state !== 'queued' || conversation.priority !== 'emergency') {
    return false;
  }
  const lowered = await deps.queue.transition(conversation.id,
    { state: 'queued', priority: 'emergency' },
    { priority: 'normal', priorityRank: 1, reason: 'false_alarm', falseAlarmAskedAt: 0 });
  if (!lowered) {
    return false;
  }

  log.info('priority lowered after a false alarm', { conversationId: lowered.id });
  await deps.transcript.append(lowered.id, { from: 'system', kind: 'event',
    text: 'false_alarm' });
  deps.events.publish({ type: 'state', conversationId: lowered.id, state: lowered.state,
    agentId: lowered.agentId, cause: 'false_alarm' });
  await deps.announcer.refresh();
  return true;
}
