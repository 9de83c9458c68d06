import type { NetFamily } from './triage-net-families';
import { NET_BLEEDING_OUT } from './triage-net-bleeding-out';
import { NET_CHILD_SHORT } from './triage-net-child-short';
import { NET_ELDER_UNSEEN } from './triage-net-elder-unseen';
import { NET_ELDER_GONE } from './triage-net-elder-gone';
import { NET_DRUNK_CHILDREN } from './triage-net-drunk-children';
import { NET_CAME_IN } from './triage-net-came-in';
import { NET_CRASH_HURT } from './triage-net-crash-hurt';
import { NET_GAS_GUESSED } from './triage-net-gas-guessed';

/** Round t46's families (a fresh tester typing live into the bot), one line in the net. */
export const NET_ROUND_T46: readonly NetFamily[] = [
  ...NET_BLEEDING_OUT, ...NET_CHILD_SHORT, ...NET_ELDER_UNSEEN, ...NET_ELDER_GONE,
  ...NET_DRUNK_CHILDREN, ...NET_CRASH_HURT, ...NET_CAME_IN, ...NET_GAS_GUESSED,
];
