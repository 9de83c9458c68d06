import {
  ActivityEventNames, ActivityTypes, type Middleware, type TurnContext,
} from 'botbuilder';
import { componentLogger } from '../core/logger';
import { HANDOFF_MARK } from './citizen';
import type { TranscriptStore } from './transcript';

const log = componentLogger('handoff.transcript');

const RECORDED = Symbol('handoff.recorded');

function markOf(channelData: unknown): unknown {
  return typeof channelData === 'object' && channelData !== null
    ? Object.entries(channelData).find(([key]) => key === HANDOFF_MARK)?.[1] : undefined;
}

/**
 * Stores the citizen's message and every bot reply of this turn in the transcript, once
 * per turn whoever calls it first (the middleware, or the gate when no middleware runs).
 * Proactive turns (agent replies, queue updates) are recorded where they are sent.
 */
export async function recordTurn(context: TurnContext, transcript: TranscriptStore):
Promise<void> {
  const activity = context.activity;
  const proactive = activity.type === ActivityTypes.Event
    && activity.name === ActivityEventNames.ContinueConversation;
  if (context.turnState.get(RECORDED) === true || proactive) {
    return;
  }
  context.turnState.set(RECORDED, true);
  const conversationId = activity.conversation.id;

  context.onSendActivities(async (_context, activities, next) => {
    const responses = await next();
    for (const sent of activities) {
      const fromBot = markOf(sent.channelData) !== 'agent';
      if (sent.type === ActivityTypes.Message && sent.text && fromBot) {
        await transcript.append(conversationId, { from: 'bot', kind: 'message', text: sent.text })
          .catch((error: unknown) => log.warn('bot turn not recorded',
            { conversationId, error: String(error) }));
      }
    }
    return responses;
  });
  const said = typeof activity.text === 'string' && activity.text.trim() !== '';
  if (activity.type === ActivityTypes.Message && said) {
    // a store failure must never keep the bot from answering (an emergency above all)
    await transcript.append(conversationId, { from: 'user', kind: 'message', text: activity.text })
      .catch((error: unknown) => log.warn('citizen turn not recorded',
        { conversationId, error: error instanceof Error ? error.name : 'unknown' }));
  }
}

/** Adapter middleware: records the whole conversation, including turns answered before the
 * bot reaches the gate (emergency triage). Install it with adapter.use(...). */
export function transcriptMiddleware(transcript: TranscriptStore): Middleware {
  return {
    async onTurn(context, next) {
      await recordTurn(context, transcript);
      await next();
    },
  };
}
