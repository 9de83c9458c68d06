import { ActionTypes, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';

/**
 * A message with buttons that send their own label back (imBack): every channel supports
 * it, the citizen sees what they chose, and the bot matches the label on the next turn.
 */
export function withSuggestedActions(text: string, labels: readonly string[]): Partial<Activity> {
  const actions = labels.map((label) => ({ type: ActionTypes.ImBack, title: label, value: label }));
  const message = MessageFactory.text(text);
  message.suggestedActions = { actions, to: [] };
  return message;
}
