import type { NetFamily } from './triage-net-families';
import { NET_PARTNER_BLOW_NOW } from './triage-net-partner-blow-now';

/**
 * Round t69's families: a partner or an ex who has just shoved or hit the writer and is
 * still there, told beside a past episode or a court order that must not calm it.
 */
export const NET_ROUND_T69: readonly NetFamily[] = [...NET_PARTNER_BLOW_NOW];
