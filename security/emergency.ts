import { normalize } from '../nlu/normalize';
import { createTriage, type Triage } from '../nlu/triage';

let shared: Triage | undefined;

/**
 * The same triage the bot runs, used by the rate limits: an emergency is never held back,
 * however much the client sent before it.
 */
export function isEmergencyText(text: unknown): boolean {
  if (typeof text !== 'string' || text.trim() === '') {
    return false;
  }
  shared ??= createTriage();
  return shared.assess(normalize(text)).detected;
}
