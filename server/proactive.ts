import type {
  Activity, BotAdapter, ConversationReference, TurnContext,
} from 'botbuilder';
import type { ProactiveSender } from '../core/channels';
import { componentLogger } from '../core/logger';
import { isLocalDirectLine, type DirectLineAdapter } from '../directline';

const log = componentLogger('proactive');

/** What a failed send says about itself, without its message (it may quote the request). */
function failureOf(error: unknown): { error: string; status?: number | string } {
  const name = error instanceof Error ? error.name : 'unknown';
  if (typeof error !== 'object' || error === null) {
    return { error: name };
  }
  const status = 'statusCode' in error ? error.statusCode : 'code' in error ? error.code : null;
  return typeof status === 'number' || typeof status === 'string'
    ? { error: name, status } : { error: name };
}

/**
 * Sends outside of a citizen's turn through the adapter that serves the conversation: our
 * Direct Line endpoint for the Web Chat page, the CloudAdapter for Bot Framework channels.
 *
 * A notice a channel's connector refuses or cannot be reached for (a social network's
 * connector down) is retried by the connector client itself (3 times, backing off: about
 * 5 s for a refused connection); no retry is added on top, since the senders wait for it,
 * a citizen's turn among them (the queue's announcements). Once it gives up, the loss is
 * logged as a warning naming the conversation, instead of the adapter's "turn error" that
 * said nothing of a message lost; the caller goes on, as before.
 */
export class AdapterProactiveSender implements ProactiveSender {
  constructor(
    private readonly directLine: DirectLineAdapter,
    private readonly cloud: BotAdapter,
    private readonly botAppId: string,
  ) {}

  async send(
    reference: Partial<ConversationReference>, activities: Partial<Activity>[],
  ): Promise<void> {
    let failure: unknown;
    const logic = async (context: TurnContext): Promise<void> => {
      try {
        await context.sendActivities(activities);
      } catch (error) {
        failure = error;
      }
    };

    if (isLocalDirectLine(reference)) {
      await this.directLine.continueConversation(reference, logic);
    } else {
      await this.cloud.continueConversationAsync(this.botAppId, reference, logic);
    }

    if (failure !== undefined) {
      log.warn('proactive message not delivered', { conversationId: reference.conversation?.id,
        channelId: reference.channelId, activities: activities.length, ...failureOf(failure) });
    }
  }
}
