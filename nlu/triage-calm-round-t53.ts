import { effortDeathFigure } from './triage-calm-effort';
import { vandalismAsHabit } from './triage-calm-vandal-habit';
import { childBrokeAtPlay } from './triage-calm-play-breakage';

/**
 * Round t53's whole-message calms (settledMessage): one's death as the figure of an effort,
 * vandalism told as a habit, one's child breaking a window at play. Each yields to a sign
 * of danger now.
 */
export function settledT53(text: string): boolean {
  return effortDeathFigure(text) || vandalismAsHabit(text) || childBrokeAtPlay(text);
}
