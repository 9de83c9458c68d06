import type { NetFamily } from './triage-net-families';
import { NET_PHONE_TAKEN } from './triage-net-phone-taken';

/** Round 29's families (t37), one line in the net's list. */
export const NET_ROUND29_T37: readonly NetFamily[] = [
  ...NET_PHONE_TAKEN,
];
