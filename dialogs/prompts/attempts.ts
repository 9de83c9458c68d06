/**
 * Whether the prompt was already answered wrongly in this dialog: botbuilder's Prompt raises
 * its `attemptCount` after each failed recognition (recognition also runs once more per turn,
 * so nothing is counted here).
 */
export function askedBefore(state: object): boolean {
  return 'attemptCount' in state && typeof state.attemptCount === 'number'
    && state.attemptCount > 0;
}
