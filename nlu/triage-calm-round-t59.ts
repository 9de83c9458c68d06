import { beatenKinAdvice } from './triage-calm-beaten-kin-advice';
import { knownExposureToReport } from './triage-calm-exposure-known';
import { screenSceneQuestion } from './triage-calm-screen-scene';
import { farFireNoRisk } from './triage-calm-far-fire';

/**
 * Round t59's whole-message calms (settledMessage), from two blind sets: how to help a
 * relative beaten at home, a known man exposing himself near the children's bus stop, a
 * series scene asked about as real life, a forest fire far away with no risk. Each yields to
 * a sign of danger here and now.
 */
export function settledT59(text: string): boolean {
  return beatenKinAdvice(text) || knownExposureToReport(text) || screenSceneQuestion(text) ||
    farFireNoRisk(text);
}
