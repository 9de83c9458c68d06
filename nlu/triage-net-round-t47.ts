import type { NetFamily } from './triage-net-families';
import { NET_COME_TO_KILL } from './triage-net-come-to-kill';
import { NET_SWIMMER } from './triage-net-swimmer';
import { NET_NEIGHBOURS_CHILD } from './triage-net-neighbours-child';
import { NET_KIN_DANGER } from './triage-net-kin-danger';
import { NET_TONIGHT_END } from './triage-net-tonight-end';

/** Round t47's alarm families (a fresh set's misses), one line in the net. */
export const NET_ROUND_T47: readonly NetFamily[] = [
  ...NET_COME_TO_KILL, ...NET_SWIMMER, ...NET_NEIGHBOURS_CHILD, ...NET_KIN_DANGER,
  ...NET_TONIGHT_END,
];
