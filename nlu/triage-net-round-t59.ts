import type { NetFamily } from './triage-net-families';
import { NET_CHILD_OVERDUE } from './triage-net-child-overdue';

/** Round t59's families (two fresh blind sets), one line in the net. */
export const NET_ROUND_T59: readonly NetFamily[] = [...NET_CHILD_OVERDUE];
