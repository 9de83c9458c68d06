import { squatInEmptyHome } from './triage-calm-squat';
import { gameShouts } from './triage-calm-game-shouts';
import { numberChoiceAsked } from './triage-calm-number-choice';
import { precautionAsked } from './triage-calm-well-asked';

/**
 * The lead's round t70 whole-message calms (settledMessage): squatters in a home nobody
 * lives in, a game's shouts, which number to call asked in general, how to recognise an
 * illness asked for someone who is well. Each yields to a sign of danger here and now.
 */
export function settledT70(text: string): boolean {
  return squatInEmptyHome(text) || gameShouts(text) || numberChoiceAsked(text) ||
    precautionAsked(text);
}
