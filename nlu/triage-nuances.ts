import { addSuicideNuances, type SuicideCalm } from './triage-suicide-fled';
import { heldButCanCall } from './triage-held-can-call';
import { gameQuarrelChild } from './triage-media-motive';
import type { Situation } from './triage-words';
import { waterRescueLeads } from './triage-net-swimmer';
import { elderNotChild } from './triage-net-elder-abuse';
import { childLockedLeads } from './triage-net-round-t92';
import { burningBodyIsMedical } from './triage-burning-body';

/**
 * Nuances read once the situations are found, each reordering or adding numbers for a
 * kind of message the rules alone answer too bluntly.
 */
export function addNuances(found: Set<Situation>, literal: string,
  calm: () => SuicideCalm): void {
  addSuicideNuances(found, literal, calm);
  heldButCanCall(found, literal);
  gameQuarrelChild(found, literal);
  waterRescueLeads(found, literal);
  elderNotChild(found, literal);
  childLockedLeads(found, literal);
  burningBodyIsMedical(found, literal);
}
