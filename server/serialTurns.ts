import {
  ActivityEventNames, ActivityTypes, type Middleware, type TurnContext,
} from 'botbuilder';
import { KeyedQueue } from '../directline/keyedQueue';

/**
 * First middleware of both adapters: two activities of one conversation never run their
 * turns at the same time in this process, so a turn always reads the state the previous
 * one wrote. Proactive continuations are let through: they only send, and one started
 * from inside a turn of the same conversation would otherwise wait for itself.
 */
export class SerialTurns implements Middleware {
  private readonly queue = new KeyedQueue();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const conversationId = activity.conversation?.id;
    const continuation = activity.type === ActivityTypes.Event
      && activity.name === ActivityEventNames.ContinueConversation;
    if (!conversationId || continuation) {
      await next();
      return;
    }
    await this.queue.run(`${activity.channelId}:${conversationId}`, next);
  }

  /** Turns queued or running. */
  get pending(): number {
    return this.queue.size;
  }

  /** Resolves when no turn is queued or running. */
  drain(): Promise<void> {
    return this.queue.drain();
  }
}
