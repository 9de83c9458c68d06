import type { NetFamily } from './triage-net-families';
import { NET_PHONE_TAKEN } from './triage-net-phone-taken';

/** "au bout de ma vie" without "je suis": the same despair, the 3114. */
const END_OF_MY_LIFE = /\bau bout de ma vie\b/;

/** Round 29's families (t37), one line in the net's list. */
export const NET_ROUND29_T37: readonly NetFamily[] = [
  ...NET_PHONE_TAKEN,
  {
    id: 'net-end-of-my-life',
    situation: 'suicide',
    always: true,
    patterns: [END_OF_MY_LIFE],
  },
];
