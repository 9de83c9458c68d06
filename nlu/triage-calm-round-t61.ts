import { wildlifeCrashNobodyHurt } from './triage-calm-wildlife-crash';
import { tradeNoShow } from './triage-calm-trade-no-show';
import { schoolTopicFigures } from './triage-calm-schoolwork';

/**
 * Round t61's whole-message calms (settledMessage): a wild animal hit with nobody hurt, a
 * tradesman paid who never came, a school presentation about suicide asking for figures.
 * Each yields to a sign of danger here and now.
 */
export function settledT61(text: string): boolean {
  return wildlifeCrashNobodyHurt(text) || tradeNoShow(text) || schoolTopicFigures(text);
}
