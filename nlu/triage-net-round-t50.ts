import type { NetFamily } from './triage-net-families';
import { NET_PILLS_SMS } from './triage-net-pills-sms';
import { NET_GONE_FOREVER } from './triage-net-gone-forever';
import { NET_KIN_LEDGE } from './triage-net-kin-ledge';
import { NET_COERCED_NOW } from './triage-net-coerced-now';
import { NET_KIN_ABDUCTED } from './triage-net-kin-abducted';
import { NET_SHOT_NEARBY } from './triage-net-shot-nearby';

/** Round t50's families (a fresh tester typing live into the bot), one line in the net. */
export const NET_ROUND_T50: readonly NetFamily[] = [
  ...NET_PILLS_SMS, ...NET_GONE_FOREVER, ...NET_KIN_LEDGE, ...NET_COERCED_NOW,
  ...NET_KIN_ABDUCTED, ...NET_SHOT_NEARBY,
];
