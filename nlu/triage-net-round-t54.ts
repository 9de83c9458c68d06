import type { NetFamily } from './triage-net-families';
import { NET_UNSAID_END } from './triage-net-unsaid-end';
import { NET_NO_PLACE } from './triage-net-no-place';
import { NET_READY_TO_GO } from './triage-net-ready-to-go';

/** Round t54's families: suicide said with no word of death, one line in the net. */
export const NET_ROUND_T54: readonly NetFamily[] = [
  ...NET_UNSAID_END, ...NET_NO_PLACE, ...NET_READY_TO_GO,
];
