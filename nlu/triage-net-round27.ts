import type { NetFamily } from './triage-net-families';
import { NET_RELAYED_NOW } from './triage-net-relayed-now';
import { NET_OVERTURNED } from './triage-net-overturned';

/** Round 27's families (t35: a tester's sixteenth pass), one line in the net's list. */
export const NET_ROUND27_T35: readonly NetFamily[] = [...NET_RELAYED_NOW, ...NET_OVERTURNED];
