import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A neighbour's hammering heard ("j'entends des coups de marteau chez le voisin, il
 * bricole"): a tool, not a weapon, and no one struck. A scream, a plea or a person hit keep
 * the alarm.
 */
const TOOL_HEARD = rx('',
  '\\b(coups de marteau|coup de marteau|marteau piqueur|perceuse|perforateur|ponceuse|',
  'scie|visseuse)\\b',
);

const PERSON_HIT = rx('',
  '\\b(crie|crier|cris|hurle|hurler|hurlements|pleure|pleurer|au secours|a le aide|arrete|',
  'tu me fais mal|frappe (la|le|sa|son)|la frappe|le frappe|tape (la|le|sa|son)|menace|',
  'menacer|blesse|blessee|sang|avec un marteau|avec le marteau|coup de marteau sur|',
  'tuer|tete|saigne|coupe|coupee|coince|coincee|doigt|main)\\b',
);

/** Only a sound: a tool in someone's hands is read by the injury rules. */
const HEARD = /\b(je entends|je entend|jentend|on entend|bruit|bruits|boucan|vacarme|tapage)\b/;

export function diyHeard(text: string): boolean {
  return gatedTest(HEARD, text) && gatedTest(TOOL_HEARD, text) && !gatedTest(PERSON_HIT, text);
}
