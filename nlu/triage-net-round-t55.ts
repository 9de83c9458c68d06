import type { NetFamily } from './triage-net-families';
import { NET_WITNESS_LEDGE } from './triage-net-witness-ledge';
import { NET_ELDER_ABUSE } from './triage-net-elder-abuse';
import { NET_HELD_RIDE } from './triage-net-held-ride';
import { NET_SNATCH_FLED } from './triage-net-snatch-fled';

/** Round t55's families (a fresh tester's findings), one line in the net. */
export const NET_ROUND_T55: readonly NetFamily[] = [
  ...NET_WITNESS_LEDGE, ...NET_ELDER_ABUSE, ...NET_HELD_RIDE, ...NET_SNATCH_FLED,
];
