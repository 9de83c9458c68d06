import { childPlightAsHabit } from './triage-calm-child-habit';
import { ordinaryPlea } from './triage-calm-plea';
import { pastEpisodeBeforeRequest } from './triage-calm-episode-request';
import { grownUpGoneForDays } from './triage-missing-days';
import { burglaryFoundAfter } from './triage-burglary-found';
import { pastT48 } from './triage-calm-round-t48';

/**
 * Round t44's whole-message calms (a fresh set's false alarms), one call in the settled
 * check: each tests its own cheap word first.
 */
export function settledRoundT44(text: string): boolean {
  return ordinaryPlea(text) || childPlightAsHabit(text);
}

/** Round t44's "told as over" calms: the net's past, which a call for help survives. */
export function pastRoundT44(text: string): boolean {
  return pastEpisodeBeforeRequest(text) || grownUpGoneForDays(text) || burglaryFoundAfter(text) ||
    pastT48(text);
}
