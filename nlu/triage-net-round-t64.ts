import type { NetFamily } from './triage-net-families';
import { NET_THREAT_DOWNSTAIRS } from './triage-net-threat-downstairs';
import { NET_HEARD_BLOWS_NOW } from './triage-net-heard-blows-now';
import { NET_CARER_CAMERA } from './triage-net-carer-camera';
import { NET_CHILD_DISCLOSED } from './triage-net-child-disclosed';

/** Round t64's families (a fresh tester's misses), one line in the net. */
export const NET_ROUND_T64: readonly NetFamily[] = [
  ...NET_THREAT_DOWNSTAIRS, ...NET_HEARD_BLOWS_NOW, ...NET_CARER_CAMERA, ...NET_CHILD_DISCLOSED,
];
