import type { NetFamily } from './triage-net-families';
import { NET_FAREWELL_SMS } from './triage-net-farewell-sms';
import { NET_ARMED_SUICIDE } from './triage-net-armed-suicide';
import { NET_BLEEDING_CUTS } from './triage-net-bleeding-cuts';
import { NET_RAPE_HERE } from './triage-net-rape-here';
import { NET_CHILD_TOUCHED } from './triage-net-child-touched';
import { NET_DRIVER_HOLDS } from './triage-net-driver-holds';
import { NET_RUNAWAY_NOTE } from './triage-net-runaway-note';
import { NET_BACK_INSIDE } from './triage-net-back-inside';

/** Round t60's families (a fresh tester's findings), one line in the net. */
export const NET_ROUND_T60: readonly NetFamily[] = [
  ...NET_FAREWELL_SMS, ...NET_ARMED_SUICIDE, ...NET_BLEEDING_CUTS, ...NET_RAPE_HERE,
  ...NET_CHILD_TOUCHED, ...NET_DRIVER_HOLDS, ...NET_RUNAWAY_NOTE,
  // t65: told at a form's choice, where it must alarm before any option is picked
  ...NET_BACK_INSIDE,
];
