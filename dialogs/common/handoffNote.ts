import type { TurnContext } from 'botbuilder';
import { componentLogger } from '../../core/logger';
import { getTurnServices } from './turnServices';

const log = componentLogger('dialogs.handoffNote');

/**
 * A request finished while the conversation waits for a gendarme (queued as an emergency,
 * the bot still answering): its reference joins what the agent reads of the conversation,
 * beside the answers handed over. Never fails the turn: the request itself is stored.
 */
export async function noteForGendarme(context: TurnContext,
  rows: Readonly<Record<string, string>>): Promise<void> {
  try {
    await getTurnServices(context).gate.annotate?.(context, rows);
  } catch (error) {
    log.warn('note for the gendarme failed', { event: 'handoff.note_failed',
      conversationId: context.activity.conversation?.id,
      error: error instanceof Error ? error.name : 'unknown' });
  }
}
