import { negatorIn } from './triage-negators';
import { nobodyBefore } from './triage-nobody';

/**
 * Whether a phrase rule's match is negated where it stands: "il ne me frappe pas", "pas de
 * incendie", "accident sans blessé", "personne n'est blessé". `cooccurrence`: the rule's
 * words may stand apart, so the negation is looked for before its last word too.
 */
const BEFORE_NEGATORS = new Set(['sans', 'aucun', 'aucune', 'jamais', 'ni']);
const PAS_FOLLOWERS = new Set(['de', 'un', 'une', 'le', 'la', 'des', 'du']);
const AFTER_NEGATORS = new Set(['pas', 'jamais']);
const COOCCURRENCE_NEGATORS = new Set(['sans', 'aucun', 'aucune', 'pas', 'ni', 'jamais']);

function wordsBefore(text: string, index: number, count: number): string[] {
  return text.slice(0, index).trim().split(' ').filter(Boolean).slice(-count);
}

function negatedBefore(before: string[]): boolean {
  if (negatorIn(before, BEFORE_NEGATORS)) {
    return true;
  }
  const pas = before.indexOf('pas');
  return pas >= 0 && (pas === before.length - 1 || PAS_FOLLOWERS.has(before[pas + 1]));
}

/** "il ne me frappe pas", "pas de incendie", "accident sans blessé". */
export function isNegated(text: string, match: RegExpExecArray, cooccurrence: boolean): boolean {
  const before = wordsBefore(text, match.index, 3);
  const end = match.index + match[0].length;
  const after = text.slice(end).trim().split(' ', 1)[0] ?? '';
  const ownWords = match[0].split(' ');
  const hasOwnNegation = ownWords.some((word) => ['ne', 'pas', 'plus'].includes(word));

  if (negatedBefore(before) || nobodyBefore(text.slice(0, match.index), match[0])) {
    return true;
  }

  const negatedAfter = AFTER_NEGATORS.has(after) || (before.includes('ne') && after === 'plus');
  if (!hasOwnNegation && negatedAfter) {
    return true;
  }

  if (cooccurrence) {
    const lastWord = match.index + match[0].lastIndexOf(' ') + 1;
    return negatorIn(wordsBefore(text, lastWord, 2), COOCCURRENCE_NEGATORS) ||
      nobodyBefore(text.slice(0, lastWord), text.slice(lastWord, end));
  }

  return false;
}
