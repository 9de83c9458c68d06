import type { TurnContext } from 'botbuilder';

const HANDED_BACK_KEY = Symbol('brigade.handedBack');
const FORM_WAITING_KEY = Symbol('brigade.formWaiting');

/**
 * Set by the gate on a turn where the conversation came back to the assistant (request
 * cancelled, agent left, rating after a close): a form left waiting must ask its question
 * again, or the citizen's next words are read as its answer.
 */
export function markHandedBack(context: TurnContext): void {
  context.turnState.set(HANDED_BACK_KEY, true);
}

export function wasHandedBack(context: TurnContext): boolean {
  return context.turnState.get(HANDED_BACK_KEY) === true;
}

/** Set by the bot before the gate runs: a procedure waits for an answer in this turn. */
export function markFormWaiting(context: TurnContext): void {
  context.turnState.set(FORM_WAITING_KEY, true);
}

export function isFormWaiting(context: TurnContext): boolean {
  return context.turnState.get(FORM_WAITING_KEY) === true;
}
