import type { NetFamily } from './triage-net-families';
import { NET_KIN_BLOWS } from './triage-net-kin-blows';
import { NET_AGAIN_UNNAMED } from './triage-net-again-unnamed';
import { NET_RELAYED_LIVE } from './triage-net-relayed-live';

/** Round t42's families, one line in the net's list. */
export const NET_ROUND_T42: readonly NetFamily[] = [
  ...NET_KIN_BLOWS, ...NET_AGAIN_UNNAMED, ...NET_RELAYED_LIVE,
];
