import type { Activity } from 'botbuilder';
import type { AppendedActivity, ConversationLog } from './conversationLog';
import { KeyedQueue } from './keyedQueue';
import type { StreamHub } from './streamHub';

/**
 * Where every activity of a Direct Line conversation goes, the citizen's and the bot's:
 * into the log (which gives its id and watermark), then onto the open streams. Appends of
 * one conversation are queued so that streams receive activities in the order of their ids.
 */
export class DirectLineChannel {
  private readonly appends = new KeyedQueue();

  constructor(readonly log: ConversationLog, readonly hub: StreamHub) {}

  post(conversationId: string, activity: Partial<Activity>, proactive = false):
  Promise<AppendedActivity> {
    return this.appends.run(conversationId, async () => {
      const appended = await this.log.append(conversationId, activity, proactive);
      this.hub.publish(conversationId, appended.activity, appended.seq);
      return appended;
    });
  }
}
