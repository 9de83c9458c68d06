import { banterAmongFriends } from './triage-calm-banter';
import { healedOwnAttempt } from './triage-calm-healed-attempt';

/** Round t46's whole-message calms (settledMessage): each yields to a sign of danger now. */
export function settledT46(text: string): boolean {
  return healedOwnAttempt(text) || banterAmongFriends(text);
}
