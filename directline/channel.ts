import type { Activity } from 'botbuilder';
import type { AppendedActivity, ConversationLog, LoggedLine } from './conversationLog';
import { KeyedQueue } from './keyedQueue';
import type { StreamHub } from './streamHub';

/** Told of each activity once it is stored, in the order of the log. */
export type LogListener = (conversationId: string, line: LoggedLine) => void;

/**
 * Where every activity of a Direct Line conversation goes, the citizen's and the bot's:
 * into the log (which gives its id and watermark), then onto the open streams and to the
 * log's listeners (agents' consoles). Appends of one conversation are queued so that
 * streams and listeners receive activities in the order of their ids.
 */
export class DirectLineChannel {
  private readonly appends = new KeyedQueue();
  private readonly listeners: LogListener[] = [];

  constructor(readonly log: ConversationLog, readonly hub: StreamHub) {}

  post(conversationId: string, activity: Partial<Activity>, proactive = false):
  Promise<AppendedActivity> {
    return this.appends.run(conversationId, async () => {
      const appended = await this.log.append(conversationId, activity, proactive);
      this.hub.publish(conversationId, appended.activity, appended.seq);
      const line: LoggedLine = { activity: appended.activity, seq: appended.seq, proactive };
      this.listeners.forEach((listener) => listener(conversationId, line));
      return appended;
    });
  }

  /** Listens to every activity stored from now on (agents see a line as soon as it is). */
  onLogged(listener: LogListener): void {
    this.listeners.push(listener);
  }
}
