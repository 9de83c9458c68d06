import type { NetFamily } from './triage-net-families';
import { NET_CHILD_BEATEN_NOW } from './triage-net-child-beaten-now';
import { NET_MISSING_OVERNIGHT } from './triage-missing-overnight';

/** Round t102 (blind94's findings): a child beaten now in slang; a night gone with a danger. */
export const NET_ROUND_T102: readonly NetFamily[] = [
  ...NET_CHILD_BEATEN_NOW, ...NET_MISSING_OVERNIGHT,
];
