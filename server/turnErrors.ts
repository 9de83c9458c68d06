import { ActivityTypes, type BotAdapter, type TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';

const log = componentLogger('turns');

export const TECHNICAL_PROBLEM = 'bot/technicalProblem';

/**
 * Last resort of a turn that failed outside the bot's own error handling (a middleware,
 * the store): log it by ids only, since the message may hold personal data, and never
 * leave the citizen facing silence when they wrote: they get the emergency numbers.
 */
export function handleTurnErrors(adapter: BotAdapter, name: string, content?: Content): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const ids = {
      adapter: name, conversationId: context.activity.conversation?.id,
      activityId: context.activity.id, activityType: context.activity.type,
    };
    log.error('turn error', { ...ids, error: error.name });

    const wrote = context.activity.type === ActivityTypes.Message;
    if (!wrote || context.responded || !content?.has(TECHNICAL_PROBLEM)) {
      return;
    }
    try {
      await context.sendActivity(content.render(TECHNICAL_PROBLEM));
    } catch (sendError) {
      log.error('technical problem notice not sent', {
        ...ids, error: sendError instanceof Error ? sendError.name : 'unknown',
      });
    }
  };
}
