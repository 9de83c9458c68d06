import type { NetFamily } from './triage-net-families';
import { NET_BREAKING_NOW } from './triage-net-breaking-now';
import { NET_PLEA_SMS } from './triage-net-plea-sms';

/** Round t51's families (two fresh blind sets), one line in the net. */
export const NET_ROUND_T51: readonly NetFamily[] = [...NET_BREAKING_NOW, ...NET_PLEA_SMS];
