/**
 * Emergency triage data: phrase patterns over NORMALISED text (see normalize.ts: no
 * accents, elisions expanded, so "à l'aide" is "a le aide" and "il m'a" is "il me a").
 * Every list here has a table-driven test in test/nlu/triage.test.ts.
 */
import type { TriageRule } from './triage-words';
import { DANGER_RULES } from './triage-danger';
import { RESCUE_RULES } from './triage-rescue';

export {
  SITUATION_NUMBERS, SITUATION_PRIORITY, type Situation, type TriageRule,
} from './triage-words';
export {
  FICTION_MARKERS, FIGURATIVE, HABIT_MARKERS, NOW_MARKERS, PAST_MARKERS, STRONG_NOW_MARKERS,
} from './triage-context';

export const TRIAGE_RULES: readonly TriageRule[] = [...DANGER_RULES, ...RESCUE_RULES];
