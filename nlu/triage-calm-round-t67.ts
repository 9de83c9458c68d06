import { animalInTheAttic } from './triage-calm-attic-animal';
import { firstAidLesson } from './triage-calm-first-aid';
import { partnerLeft } from './triage-calm-partner-left';
import { expiredPillsTidied } from './triage-calm-expired-meds';
import { wandererFoundAgain } from './triage-calm-wanderer-found';

/**
 * Round t67's whole-message calms (settledMessage): noises in the attic put down to an
 * animal, a first-aid how-to about anyone, a partner who packed and left, expired medicines
 * taken back to the pharmacy, a relative with dementia found again. Each yields to a sign of
 * danger here and now.
 */
export function settledT67(text: string): boolean {
  return animalInTheAttic(text) || firstAidLesson(text) || partnerLeft(text) ||
    expiredPillsTidied(text) || wandererFoundAgain(text);
}
