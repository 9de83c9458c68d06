import type { NetFamily } from './triage-net-families';
import { NET_CHILD_BEATEN_PUBLIC } from './triage-net-child-beaten-public';
import { NET_HEAT_STROKE } from './triage-heat';
import { NET_BODY_TODAY } from './triage-net-body-today';
import { NET_MISSING_DAYS } from './triage-missing-days';
import { NET_BURGLARS_MAYBE_INSIDE } from './triage-burglary-found';

/** Round t44's families (a fresh set's misses), one line in the net's list. */
export const NET_ROUND_T44: readonly NetFamily[] = [
  ...NET_CHILD_BEATEN_PUBLIC, ...NET_HEAT_STROKE, ...NET_BODY_TODAY, ...NET_MISSING_DAYS,
  ...NET_BURGLARS_MAYBE_INSIDE,
];
