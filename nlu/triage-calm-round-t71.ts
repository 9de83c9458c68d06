import { overchargedShot } from './triage-calm-price-shot';
import { fireHype } from './triage-calm-fire-hype';
import { threatForLater } from './triage-calm-threat-later';
import { bumpAndFledTold } from './triage-calm-bump-fled';

/**
 * Round t71's whole-message calms (settledMessage), from two fresh blind sets' false alarms:
 * "un coup de fusil" for a bill, slang "le feu" for great, a threat for a day weeks away, a
 * bump whose driver fled with nobody hurt. Each yields to a sign of danger here and now.
 */
export function settledT71(text: string): boolean {
  return overchargedShot(text) || fireHype(text) || threatForLater(text) ||
    bumpAndFledTold(text);
}
