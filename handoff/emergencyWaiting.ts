import type { TurnContext } from 'botbuilder';
import type { HandoffPriority, HandoffReason } from './types';

const WAITING_KEY = Symbol('brigade.emergencyWaiting');

/**
 * Set by the gate on a turn of a conversation queued as an emergency: the bot still answers
 * (a false alarm must not silence it mid-procedure), but what it would only say to fill
 * the silence ("reformulez", "hors de nos missions") is left out, since gendarmes are on
 * the way and read every message.
 */
export function markEmergencyWaiting(context: TurnContext): void {
  context.turnState.set(WAITING_KEY, true);
}

export function isEmergencyWaiting(context: TurnContext): boolean {
  return context.turnState.get(WAITING_KEY) === true;
}

/**
 * Whether the bot answers a citizen waiting in the queue: only after an emergency, whose
 * answer told them to go on where they were (a false alarm must not silence the chat). One
 * the citizen called a false alarm (priority lowered) is no longer waited on as one: its
 * numbers are not repeated at every message.
 */
export function botKeepsAnswering(context: TurnContext,
  conversation: { reason?: HandoffReason; priority?: HandoffPriority }): boolean {
  if (conversation.reason !== 'emergency' && conversation.reason !== 'false_alarm') {
    return false;
  }
  if (conversation.priority === 'emergency') {
    markEmergencyWaiting(context);
  }
  return true;
}
