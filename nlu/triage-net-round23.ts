import type { NetFamily } from './triage-net-families';
import { NET_PIT } from './triage-net-pit';
import { NET_FIRE_SIGNS } from './triage-net-fire-signs';
import { NET_NIGHT_SIGNS } from './triage-net-night-signs';
import { NET_LANDING } from './triage-net-landing';
import { NET_ROBBERY_FLED } from './triage-net-robbery-fled';
import { NET_LIVE_HARM } from './triage-net-live-harm';
import { NET_MINOR_HIT } from './triage-net-minor-hit';

/** Round 23's families, one line in the net's list so that parallel rounds merge cleanly. */
export const NET_ROUND23: readonly NetFamily[] = [
  ...NET_PIT, ...NET_FIRE_SIGNS, ...NET_NIGHT_SIGNS, ...NET_LANDING, ...NET_ROBBERY_FLED,
  ...NET_LIVE_HARM, ...NET_MINOR_HIT,
];
