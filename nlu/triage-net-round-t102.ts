import type { NetFamily } from './triage-net-families';
import { NET_CHILD_BEATEN_NOW } from './triage-net-child-beaten-now';

/** Round t102 (blind94's findings): a child beaten now in slang. */
export const NET_ROUND_T102: readonly NetFamily[] = [...NET_CHILD_BEATEN_NOW];
