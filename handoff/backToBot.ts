import type { Activity, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import { message } from './citizen';
import type { HandoffEvents } from './events';
import { markHandedBack } from './handBack';
import type { HandoffConversation } from './model';
import type { TranscriptStore } from './transcript';

// the gate's own log lines, wherever the gate's steps live
const log = componentLogger('handoff.gate');

export interface BackToBotDeps {
  transcript: TranscriptStore;
  events: HandoffEvents;
  content: Content;
}

/** A handoff template said to the citizen within their own turn (not proactively). */
export async function sayInTurn(context: TurnContext, content: Content, key: string,
  data: Record<string, unknown> = {}, extra: Partial<Activity> = {}): Promise<void> {
  await context.sendActivity(message(content.render(key, data), 'system', extra));
}

/**
 * The conversation is the assistant's again (request cancelled, agent left, contact centre
 * done): agents see why, the citizen is told, and a form left waiting asks again.
 */
export async function backToBot(deps: BackToBotDeps, context: TurnContext,
  conversation: HandoffConversation, cause: string, key: string, agentId = ''): Promise<void> {
  log.info('back to bot', { conversationId: conversation.id, cause });
  await deps.transcript.append(conversation.id, { from: 'system', kind: 'event',
    text: cause, agentId: agentId || undefined });

  deps.events.publish({ type: 'state', conversationId: conversation.id, state: 'bot',
    agentId, cause });

  await sayInTurn(context, deps.content, key);
  markHandedBack(context);
}
