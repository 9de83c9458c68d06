import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { CitizenNotifier } from './citizen';
import type { HandoffEvents } from './events';
import type { HandoffConversation } from './model';
import type { HandoffOptions } from './options';
import type { PresenceRegistry } from './presence';
import type { HandoffQueue } from './queue';

const log = componentLogger('handoff.queue');

/** What to tell a queued citizen: position, estimate, and the honest fallback if needed. */
export interface QueueStatus {
  position: number;
  minutes: number;
  /** 'handoff/no-agent' or 'handoff/long-wait' when the citizen should be told. */
  fallback?: string;
}

/**
 * Keeps queued citizens informed: each one hears their new position when it changes, and
 * hears once per stay in the queue when nobody is online or the wait is too long.
 */
export class QueueAnnouncer {
  constructor(
    private readonly queue: HandoffQueue,
    private readonly presence: PresenceRegistry,
    private readonly notifier: CitizenNotifier,
    private readonly events: HandoffEvents,
    private readonly options: HandoffOptions,
  ) {}

  /** Position and estimate of one queued conversation, or undefined if it is not queued. */
  async status(conversationId: string): Promise<QueueStatus | undefined> {
    const queued = await this.queue.queued();
    const index = queued.findIndex((conversation) => conversation.id === conversationId);
    return index < 0 ? undefined : this.statusAt(queued[index], index + 1);
  }

  statusAt(conversation: HandoffConversation, position: number): QueueStatus {
    const minutes = this.queue.estimateMinutes(position);
    let fallback: string | undefined;
    if (!conversation.fallbackTold) {
      if (this.presence.available().length === 0) {
        fallback = 'handoff/no-agent';
      } else if (minutes > this.options.maxWaitMinutes) {
        fallback = 'handoff/long-wait';
      }
    }
    return { position, minutes, fallback };
  }

  /** Marks what a citizen was just told, so that refresh() does not repeat it. */
  async told(conversationId: string, status: QueueStatus): Promise<void> {
    await this.queue.transition(conversationId, { state: 'queued' }, {
      positionTold: status.position, ...(status.fallback ? { fallbackTold: true } : {}) });
  }

  /** Tells every queued citizen whose position changed; agents' inboxes refresh too. */
  async refresh(): Promise<void> {
    this.events.publish({ type: 'queue' });

    const queued = await this.queue.queued();
    for (const [index, conversation] of queued.entries()) {
      const status = this.statusAt(conversation, index + 1);
      const moved = conversation.positionTold !== status.position;
      if (!moved && !status.fallback) {
        continue;
      }
      try {
        await this.told(conversation.id, status);
        if (moved) {
          await this.notifier.say(conversation.reference, 'handoff/position',
            { position: status.position, minutes: status.minutes });
        }
        if (status.fallback) {
          await this.notifier.say(conversation.reference, status.fallback,
            { minutes: status.minutes });
        }
      } catch (error) {
        // one unreachable citizen must not stop the others from hearing their position
        log.warn('queue update not delivered', { conversationId: conversation.id,
          error: String(error) });
      }
    }
  }
}

export function describeStatus(content: Content, key: string, status: QueueStatus): string {
  return content.render(key, { position: status.position, minutes: status.minutes });
}
