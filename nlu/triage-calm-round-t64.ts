import { smokeNuisanceAsked } from './triage-calm-smoke-nuisance';
import { hypotheticalAsked } from './triage-calm-hypothetical-asked';
import { petDying } from './triage-calm-pet-dying';
import { smallGasObjectLeaks } from './triage-calm-small-gas';
import { birthAhead } from './triage-calm-birth-ahead';
import { diyHeard } from './triage-calm-diy-heard';

/**
 * Round t64's whole-message calms (settledMessage), from a fresh tester's false alarms: a
 * neighbour's smoke asked about as the law, an outright hypothetical, a pet dying, a
 * lighter that leaks, a birth weeks away, hammering heard. Each yields to a sign of danger
 * here and now.
 */
export function settledT64(text: string): boolean {
  return smokeNuisanceAsked(text) || hypotheticalAsked(text) || petDying(text) ||
    smallGasObjectLeaks(text) || birthAhead(text) || diyHeard(text);
}
