import { OTHERS_AT_RISK, SELF_HARM_DONE, STRANGER_ON_LEDGE } from './triage-net-despair';
import {
  HYPOTHETICAL, MORE_IDIOMS, NET_FICTION, NET_INFO, NET_NOW, NET_PAST,
} from './triage-net-context';
import { NET_FAMILIES } from './triage-net';
import {
  FICTION_MARKERS, FIGURATIVE, HABIT_MARKERS, NOW_MARKERS, PAST_MARKERS, STRONG_NOW_MARKERS,
  TRIAGE_RULES,
} from './triage-rules';

/**
 * The triage's regexes, for the regex gate to read before the first message rather than
 * during it (reading them all takes a fraction of a second). A regex missing here is still
 * read on first use: this list only moves the work off the first citizen's turn.
 */
export function triagePatterns(): RegExp[] {
  const rules = TRIAGE_RULES.flatMap((rule) =>
    [...rule.patterns, ...(rule.unless ? [rule.unless] : [])]);
  const families = NET_FAMILIES.flatMap((family) => [
    // built as triage-net.ts builds its one scan per family: the gate knows it by its source
    new RegExp(family.patterns.map((pattern) => `(?:${pattern.source})`).join('|'), 'g'),
    ...(family.requires ? [family.requires] : []),
    ...(family.unless ? [family.unless] : []),
  ]);
  return [
    NOW_MARKERS, STRONG_NOW_MARKERS, HABIT_MARKERS, PAST_MARKERS, FICTION_MARKERS,
    NET_NOW, NET_PAST, NET_INFO, NET_FICTION, SELF_HARM_DONE, OTHERS_AT_RISK, STRANGER_ON_LEDGE,
    ...FIGURATIVE, ...MORE_IDIOMS, ...HYPOTHETICAL, ...rules, ...families,
  ];
}
