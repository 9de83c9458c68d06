import type { TurnContext } from 'botbuilder';
import { isEmergencyWaiting } from '../../handoff/emergencyWaiting';

const AFTER_EMERGENCY_KEY = Symbol('brigade.afterEmergency');

/**
 * Set by the bot on a calm message that closely follows an emergency (the next one, and
 * any within EMERGENCY_AFTERMATH_MS): it often carries what the gendarmes need and nobody
 * else should keep, such as the address of the person in danger (tester F4).
 */
export function markAfterEmergency(context: TurnContext): void {
  context.turnState.set(AFTER_EMERGENCY_KEY, true);
}

/**
 * Whether this turn belongs to an emergency: queued as one, or just after one. Its text is
 * then the danger path's and the gendarmes', never a question kept for the corpus.
 */
export function followsEmergency(context: TurnContext): boolean {
  return isEmergencyWaiting(context) || context.turnState.get(AFTER_EMERGENCY_KEY) === true;
}
