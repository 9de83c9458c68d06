import { TurnContext, type Activity } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { DirectLine } from '../directline';
import type { Assistant } from './assistant';

const log = componentLogger('compose');

/**
 * Starts the replay of the citizens' messages a crash left unanswered (directline/
 * turnRecovery.ts). One the bot never got through goes to a gendarme, on a proactive turn
 * of its conversation: the citizen's own message is not run again.
 */
export function recoverTurns(directLine: DirectLine, assistant: () => Assistant | undefined,
  maxAttempts?: number): void {
  const giveUp = async (activity: Activity): Promise<void> => {
    const handOver = assistant()?.handOverUnread;
    if (handOver === undefined) {
      log.warn('recovery.no_gendarme', { conversationId: activity.conversation?.id });
      return;
    }
    const reference = TurnContext.getConversationReference(activity);
    await directLine.adapter.continueConversation(reference, (context) => handOver(context));
  };

  directLine.recover(giveUp, maxAttempts).catch((error: unknown) => {
    log.error('recovery.failed', { error: error instanceof Error ? error.name : 'unknown' });
  });
}
