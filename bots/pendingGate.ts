import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { HandoffGate, HandoffPriority, HandoffReason } from '../handoff/types';

const log = componentLogger('bots.pendingGate');

/**
 * Stand-in for the handoff part when none is composed: never intercepts, and answers a
 * request by telling the citizen a gendarme will answer (logged for the operators).
 */
export function createPendingGate(content: Content): HandoffGate {
  return {
    intercept: async () => false,
    async request(context: TurnContext, reason: HandoffReason, priority: HandoffPriority) {
      log.warn('handoff requested without a handoff service', {
        event: 'handoff.request',
        reason,
        priority,
        conversationId: context.activity.conversation?.id,
      });
      await context.sendActivity(content.render('bot/handoffPending'));
    },
  };
}
