import type { NetFamily } from './triage-net-families';
import { NET_CHILD_ABUSE_NOW } from './triage-net-child-abuse-now';
import { NET_ADRIFT } from './triage-net-adrift';

/** Round 26's families (tester 15, blind60 to 63), one line in the net's list. */
export const NET_ROUND26: readonly NetFamily[] = [
  ...NET_CHILD_ABUSE_NOW, ...NET_ADRIFT,
];
