import type {
  Activity, BotAdapter, ConversationReference, TurnContext,
} from 'botbuilder';
import type { ProactiveSender } from '../core/channels';
import { isLocalDirectLine, type DirectLineAdapter } from '../directline';

/**
 * Sends outside of a citizen's turn through the adapter that serves the conversation: our
 * Direct Line endpoint for the Web Chat page, the CloudAdapter for Bot Framework channels.
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
    const logic = async (context: TurnContext): Promise<void> => {
      await context.sendActivities(activities);
    };
    if (isLocalDirectLine(reference)) {
      await this.directLine.continueConversation(reference, logic);
    } else {
      await this.cloud.continueConversationAsync(this.botAppId, reference, logic);
    }
  }
}
