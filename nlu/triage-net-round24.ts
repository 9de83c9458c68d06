import type { NetFamily } from './triage-net-families';
import { NET_IN_ORDER, NET_OBLIQUE } from './triage-net-oblique';
import { NET_WORK } from './triage-net-work';
import { NET_LEFT_ALONE } from './triage-net-left-alone';

/** Round 24's families (read from the blind sets 52 to 55), one line in the net's list. */
export const NET_ROUND24: readonly NetFamily[] = [
  ...NET_OBLIQUE, ...NET_IN_ORDER, ...NET_WORK, ...NET_LEFT_ALONE,
];
