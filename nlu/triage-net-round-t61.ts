import type { NetFamily } from './triage-net-families';
import { NET_PILLS_INTENT } from './triage-net-pills-intent';
import { NET_WANDERER_UNFOUND } from './triage-net-wanderer-unfound';
import { NET_CRASH_TRAPPED } from './triage-net-crash-trapped';

/**
 * Round t61's families: long stories told in the past whose danger comes at the end, in the
 * present (a suicide plan, a relative with dementia still not found, a crash victim trapped).
 */
export const NET_ROUND_T61: readonly NetFamily[] = [
  ...NET_PILLS_INTENT, ...NET_WANDERER_UNFOUND, ...NET_CRASH_TRAPPED,
];
