import {
  ActivityEventNames, ActivityTypes, type Middleware, type TurnContext,
} from 'botbuilder';
import { componentLogger } from '../core/logger';
import { KeyedQueue } from '../directline/keyedQueue';
import { LeaseTimeoutError } from '../storage/leases';

const log = componentLogger('turns');

/** The cross-instance part: a lease per conversation in the shared store. */
export interface TurnLeases {
  runExclusive<R>(key: string, work: () => Promise<R>,
    wait?: { retryDelayMs?: number; timeoutMs?: number }): Promise<R>;
}

export interface SharedTurns {
  leases: TurnLeases;
  /** How long a turn waits for the lease before failing (the citizen is asked to retry). */
  waitMs: number;
}

/**
 * First middleware of both adapters: two activities of one conversation never run their
 * turns at the same time, so a turn always reads the state the previous one wrote. In this
 * process a queue per conversation does it at no cost; when several instances share the
 * store (`shared`), the turn also holds the conversation's lease there. Proactive
 * continuations are let through: they only send, and one started from inside a turn of
 * the same conversation would otherwise wait for itself.
 */
export class SerialTurns implements Middleware {
  private readonly queue = new KeyedQueue();

  constructor(private readonly shared?: SharedTurns) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const conversationId = activity.conversation?.id;
    const continuation = activity.type === ActivityTypes.Event
      && activity.name === ActivityEventNames.ContinueConversation;
    if (!conversationId || continuation) {
      await next();
      return;
    }

    const key = `${activity.channelId}:${conversationId}`;
    await this.queue.run(key, () => this.exclusive(key, conversationId, next));
  }

  /** Turns queued or running. */
  get pending(): number {
    return this.queue.size;
  }

  /** Resolves when no turn is queued or running. */
  drain(): Promise<void> {
    return this.queue.drain();
  }

  private async exclusive(key: string, conversationId: string,
    next: () => Promise<void>): Promise<void> {
    if (this.shared === undefined) {
      await next();
      return;
    }

    let ran = false;
    const work = async (): Promise<void> => {
      ran = true;
      await next();
    };
    try {
      await this.shared.leases.runExclusive(`turn:${key}`, work,
        { timeoutMs: this.shared.waitMs });
    } catch (error) {
      if (ran) {
        throw error;
      }
      if (error instanceof LeaseTimeoutError) {
        // the turn error handler tells the citizen to try again, with the emergency numbers
        log.error('turns.lease_timeout', { conversationId });
        throw error;
      }
      // the store does not answer: a citizen, maybe in danger, is answered all the same
      log.warn('turns.lease_unavailable', {
        conversationId, error: error instanceof Error ? error.name : typeof error,
      });
      await next();
    }
  }
}
