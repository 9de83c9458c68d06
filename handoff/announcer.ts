import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { CitizenNotifier } from './citizen';
import type { HandoffEvents } from './events';
import type { HandoffConversation } from './model';
import type { HandoffOptions } from './options';
import type { PresenceRegistry } from './presence';
import type { HandoffQueue } from './queue';
import type { HandoffPriority } from './types';

const log = componentLogger('handoff.queue');

/** What to tell a queued citizen: position, estimate, and the honest fallback if needed. */
export interface QueueStatus {
  position: number;
  minutes: number;
  /** Nobody is online: no estimate may be given. */
  noAgent: boolean;
  /** 'handoff/no-agent' or 'handoff/long-wait' when the citizen should be told (once). */
  fallback?: string;
}

/**
 * The one message that welcomes a citizen into the queue. After an emergency no wait is
 * announced: a figure in minutes next to the emergency numbers may make a person in danger
 * give up, when calling them is the fastest way.
 */
export function queuedNotice(status: QueueStatus, priority: HandoffPriority = 'normal'):
string {
  if (priority === 'emergency') {
    // no promise that a gendarme reads now when none is signed in (tester13's F9)
    return status.noAgent ? 'handoff/queued-emergency-no-agent' : 'handoff/queued-emergency';
  }
  if (status.fallback === 'handoff/no-agent' || status.noAgent) {
    return 'handoff/queued-no-agent';
  }
  return status.fallback === 'handoff/long-wait' ? 'handoff/queued-long-wait' : 'handoff/queued';
}

const MINUTE_MS = 60_000;

/**
 * The one message, if any, for a citizen already welcomed into the queue. Emergencies
 * overtaking a citizen must not send them one message each: no two updates come within
 * `betterPositionMinutes`, and a worse place waits `worsePositionMinutes`. Only "no agent"
 * is told at once, since no later move of the queue may come to tell it.
 */
function updateNotice(conversation: HandoffConversation, status: QueueStatus,
  options: HandoffOptions, now: number): string | undefined {
  if (status.fallback === 'handoff/no-agent') {
    return status.fallback;
  }
  const sinceTold = now - (conversation.positionToldAt ?? 0);
  if (sinceTold < options.betterPositionMinutes * MINUTE_MS) {
    return undefined;
  }
  if (status.fallback) {
    return status.fallback;
  }
  const told = conversation.positionTold ?? 0;
  if (told === status.position) {
    return undefined;
  }
  if (status.position > told && sinceTold < options.worsePositionMinutes * MINUTE_MS) {
    return undefined;
  }
  return status.noAgent ? 'handoff/position-no-agent' : 'handoff/position';
}

/**
 * Keeps queued citizens informed: each one hears their new position when it changes (at
 * most once per few minutes, see updateNotice), and hears once per stay in the queue when
 * nobody is online or the wait is too long. Every
 * message is claimed first by a compare-and-set on what the citizen was last told, so that
 * two refreshes at once (two turns, two instances) never send it twice.
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
    return index < 0 ? undefined : this.statusAt(queued, index);
  }

  /** Status of `queued[index]`: everyone ahead counts in the estimate, emergencies more. */
  statusAt(queued: readonly HandoffConversation[], index: number): QueueStatus {
    const conversation = queued[index];
    const position = index + 1;
    const emergenciesAhead = queued.slice(0, index)
      .filter((ahead) => ahead.priority === 'emergency').length;
    const minutes = this.queue.estimateMinutes(position, emergenciesAhead);
    const noAgent = this.presence.available().length === 0;
    let fallback: string | undefined;
    // an emergency is never told of a long wait (see queuedNotice)
    if (!conversation.fallbackTold && conversation.priority !== 'emergency') {
      if (noAgent) {
        fallback = 'handoff/no-agent';
      } else if (minutes > this.options.maxWaitMinutes) {
        fallback = 'handoff/long-wait';
      }
    }
    return { position, minutes, noAgent, fallback };
  }

  /**
   * Records what a citizen is about to be told; false when another announcement changed it
   * since `conversation` was read (that one speaks, this one stays silent).
   */
  async told(conversation: HandoffConversation, status: QueueStatus): Promise<boolean> {
    const done = await this.queue.transition(conversation.id, { state: 'queued',
      positionTold: conversation.positionTold ?? null,
      fallbackTold: conversation.fallbackTold ?? null }, {
      positionTold: status.position, positionToldAt: this.queue.clock(),
      ...(status.fallback ? { fallbackTold: true } : {}) });
    return done !== undefined;
  }

  /**
   * A gendarme may claim the conversation while its position is being recorded (another
   * turn, another instance): a place in the queue said after "Un gendarme a rejoint la
   * conversation" is a lie (tester13's F14), so the state is read again just before.
   */
  private async stillQueued(id: string): Promise<boolean> {
    return (await this.queue.get(id))?.state === 'queued';
  }

  /** Tells queued citizens whose position changed, if not told too recently; inboxes too. */
  async refresh(): Promise<void> {
    this.events.publish({ type: 'queue' });

    const queued = await this.queue.queued();
    for (const [index, conversation] of queued.entries()) {
      // 0: the gate has not welcomed this citizen yet, and its welcome gives the position
      if (!conversation.positionTold) {
        continue;
      }
      const status = this.statusAt(queued, index);
      const key = updateNotice(conversation, status, this.options, this.queue.clock());
      if (!key) {
        continue;
      }
      try {
        if (await this.told(conversation, status) && await this.stillQueued(conversation.id)) {
          await this.notifier.say(conversation.reference, key,
            { position: status.position, minutes: status.minutes });
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
