import { squatInEmptyHome } from './triage-calm-squat';

/**
 * The lead's round t70 whole-message calms (settledMessage): squatters in a home nobody
 * lives in. Each yields to a sign of danger here and now.
 */
export function settledT70(text: string): boolean {
  return squatInEmptyHome(text);
}
