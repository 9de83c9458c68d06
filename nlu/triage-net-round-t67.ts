import type { NetFamily } from './triage-net-families';
import { NET_ELDER_SILENT_SINCE } from './triage-net-elder-silent-since';
import { NET_WANDERER_GONE } from './triage-net-wanderer-gone';
import { NET_SWALLOW_ALL } from './triage-net-swallow-all';

/**
 * Round t67's families: an old parent living alone silent since yesterday or this morning
 * (a check at the door, 17 first), a relative with dementia who cannot be found now, pills
 * named then "je vais tous les avaler".
 */
export const NET_ROUND_T67: readonly NetFamily[] = [
  ...NET_ELDER_SILENT_SINCE, ...NET_WANDERER_GONE, ...NET_SWALLOW_ALL,
];
