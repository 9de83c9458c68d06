import { blowsAsHabitAsked, childMarksAsHabit } from './triage-calm-blows-habit';
import { entryFoundAfter } from './triage-calm-entry-found';
import { deadlinePlea } from './triage-calm-plea-deadline';
import { othersSuicideWorryAsked } from './triage-calm-suicide-worry';

/**
 * Round t48's whole-message calms (settledMessage): a cry for help over a deadline at the
 * pound or the prefecture, blows at home told as a habit with a question, a child's marks
 * that come back, how to help a friend who talks of suicide. Each tests its own cheap word
 * first and yields to a sign of danger now.
 */
export function settledT48(text: string): boolean {
  return deadlinePlea(text) || blowsAsHabitAsked(text) || childMarksAsHabit(text) ||
    othersSuicideWorryAsked(text);
}

/** Round t48's "told as over" calm: a break-in found afterwards, a call for help survives. */
export function pastT48(text: string): boolean {
  return entryFoundAfter(text);
}
