import type { NetFamily } from './triage-net-families';
import { NET_IMMOBILE } from './triage-net-immobile';
import { NET_MARKS_TONIGHT } from './triage-net-marks-tonight';
import { NET_RIOTERS } from './triage-net-rioters';
import { NET_FORCED_AWAY } from './triage-net-forced-away';
import { NET_OFFSHORE } from './triage-net-offshore';

/** Round 25's families (read from the blind sets 56 to 59), one line in the net's list. */
export const NET_ROUND25: readonly NetFamily[] = [
  ...NET_IMMOBILE, ...NET_MARKS_TONIGHT, ...NET_RIOTERS, ...NET_FORCED_AWAY,
  ...NET_OFFSHORE,
];
