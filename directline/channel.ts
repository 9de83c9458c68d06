import type { Activity } from 'botbuilder';
import type {
  AppendedActivity, AppendOptions, ConversationLog, LoggedLine, LogListener,
} from './conversationLog';
import { componentLogger } from '../core/logger';
import { KeyedQueue } from './keyedQueue';
import type { StreamHub } from './streamHub';

export type { LogListener } from './conversationLog';

const log = componentLogger('directline');

/**
 * Where every activity of a Direct Line conversation goes, the citizen's and the bot's:
 * into the log (which gives its id and watermark), then onto the open streams and to the
 * log's listeners (agents' consoles). Appends of one conversation are queued so that
 * streams and listeners receive activities in the order of their ids.
 *
 * Listeners hear of a line while its write is in flight (an fsync is 4 ms or more on a
 * VM's disk, more behind other journals): a gendarme reads the citizen sooner, and the
 * rare line the disk then refuses is flagged to them. The citizen's own stream and the
 * POST's answer still wait until the line is durable.
 */
export class DirectLineChannel {
  private readonly appends = new KeyedQueue();
  private readonly listeners: LogListener[] = [];

  constructor(readonly log: ConversationLog, readonly hub: StreamHub) {}

  post(conversationId: string, activity: Partial<Activity>,
    options: Omit<AppendOptions, 'onAccepted'> = {}): Promise<AppendedActivity> {
    const proactive = options.proactive === true;
    return this.appends.run(conversationId, async () => {
      let shown: LoggedLine | undefined;
      const show = (appended: AppendedActivity): void => {
        const previous = shown;
        if (previous?.activity.id === appended.activity.id) {
          return;
        }
        // a number found taken after its line was shown: that line is not the log's
        if (previous !== undefined) {
          this.tell((listener) => listener.unstored(conversationId, previous));
        }
        const next: LoggedLine = { ...appended, proactive };
        shown = next;
        this.tell((listener) => listener.logged(conversationId, next));
      };

      let appended: AppendedActivity;
      try {
        appended = await this.log.append(conversationId, activity, { ...options,
          onAccepted: show });
      } catch (error) {
        const refused = shown;
        if (refused !== undefined) {
          this.tell((listener) => listener.unstored(conversationId, refused));
        }
        throw error;
      }

      this.hub.publish(conversationId, appended.activity, appended.seq);
      show(appended);
      return appended;
    });
  }

  /** Listens to every activity stored from now on (agents see a line as soon as it is). */
  onLogged(listener: LogListener): void {
    this.listeners.push(listener);
  }

  /** A listener that throws neither keeps the others from hearing nor fails the append. */
  private tell(call: (listener: LogListener) => void): void {
    for (const listener of this.listeners) {
      try {
        call(listener);
      } catch (error) {
        const name = error instanceof Error ? error.name : 'unknown';
        log.error('log listener failed', { error: name });
      }
    }
  }
}
