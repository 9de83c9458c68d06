import type { NetFamily } from './triage-net-families';
import { NET_HELD_BEATEN } from './triage-net-held-beaten';
import { NET_DRIVER_HIT } from './triage-net-driver-hit';

/** Round t39's families (a fresh tester's pass), one line in the net's list. */
export const NET_ROUND_T39: readonly NetFamily[] = [...NET_HELD_BEATEN, ...NET_DRIVER_HIT];
