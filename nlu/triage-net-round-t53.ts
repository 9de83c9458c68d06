import type { NetFamily } from './triage-net-families';
import { NET_DESPAIR_DEATH } from './triage-net-despair-death';

/** Round t53's families, one line in the net. */
export const NET_ROUND_T53: readonly NetFamily[] = [...NET_DESPAIR_DEATH];
