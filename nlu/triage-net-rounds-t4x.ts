import type { NetFamily } from './triage-net-families';
import { NET_ROUND_T42 } from './triage-net-round-t42';
import { NET_ROUND_T44 } from './triage-net-round-t44';
import { NET_ROUND_T46 } from './triage-net-round-t46';
import { NET_ROUND_T47 } from './triage-net-round-t47';
import { NET_ROUND_T50 } from './triage-net-round-t50';
import { NET_ROUND_T51 } from './triage-net-round-t51';
import { NET_ROUND_T53 } from './triage-net-round-t53';
import { NET_ROUND_T54 } from './triage-net-round-t54';
import { NET_ROUND_T55 } from './triage-net-round-t55';
import { NET_ROUND_T59 } from './triage-net-round-t59';
import { NET_ROUND_T60 } from './triage-net-round-t60';
import { NET_ROUND_T61 } from './triage-net-round-t61';
import { NET_ROUND_T64 } from './triage-net-round-t64';
import { NET_ROUND_T67 } from './triage-net-round-t67';
import { NET_ROUND_T69 } from './triage-net-round-t69';
import { NET_ROUND_T70 } from './triage-net-round-t70';
import { NET_ROUND_T71 } from './triage-net-round-t71';
import { NET_ROUND_T73 } from './triage-net-round-t73';
import { NET_ROUND_T77 } from './triage-net-round-t77';
import { NET_ROUND_T79 } from './triage-net-round-t79';
import { NET_ROUND_T80 } from './triage-net-round-t80';
import { NET_ROUND_T82 } from './triage-net-round-t82';
import { NET_ROUND_T85 } from './triage-net-round-t85';
import { NET_ROUND_T87 } from './triage-net-round-t87';
import { NET_ROUND_T95 } from './triage-net-round-t95';
import { NET_ROUND_T91 } from './triage-net-round-t91';
import { NET_ROUND_T100 } from './triage-net-round-t100';
import { NET_ROUND_T92 } from './triage-net-round-t92';
import { NET_ROUND_T96 } from './triage-net-round-t96';
import { NET_ROUND_T102 } from './triage-net-round-t102';
import { NET_ROUND_T104 } from './triage-net-round-t104';

/** The seventh and later sessions' rounds, one entry in the net's list. */
export const NET_ROUNDS_T4X: readonly NetFamily[] = [
  ...NET_ROUND_T44, ...NET_ROUND_T42, ...NET_ROUND_T46, ...NET_ROUND_T47, ...NET_ROUND_T50,
  ...NET_ROUND_T51, ...NET_ROUND_T53, ...NET_ROUND_T54,
  ...NET_ROUND_T55, ...NET_ROUND_T59, ...NET_ROUND_T60, ...NET_ROUND_T61, ...NET_ROUND_T64,
  ...NET_ROUND_T67, ...NET_ROUND_T69, ...NET_ROUND_T70, ...NET_ROUND_T71, ...NET_ROUND_T73,
  ...NET_ROUND_T77, ...NET_ROUND_T79, ...NET_ROUND_T80, ...NET_ROUND_T82, ...NET_ROUND_T85,
  ...NET_ROUND_T87, ...NET_ROUND_T95, ...NET_ROUND_T91, ...NET_ROUND_T92, ...NET_ROUND_T96,
  ...NET_ROUND_T100,
  ...NET_ROUND_T102,
  ...NET_ROUND_T104,
];
