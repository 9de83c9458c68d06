import type { Middleware, TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';

const log = componentLogger('bots.turn');

/** One log line per turn: ids, activity type, duration and outcome, never the text. */
export const turnLogger: Middleware = {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = Date.now();
    const fields = {
      conversationId: context.activity.conversation?.id,
      activityId: context.activity.id,
      channelId: context.activity.channelId,
      type: context.activity.type,
    };

    try {
      await next();
      log.info('turn', { event: 'turn', ...fields, ms: Date.now() - started });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      log.error('turn failed', { event: 'turn.failed', ...fields, error: name });
      throw error;
    }
  }
};
