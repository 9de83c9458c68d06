import { gatedReplace } from './regex-gate';
import { rx } from './triage-words';

/**
 * A son or a daughter whose age says an adult: "mon fils de 20 ans me menace avec un
 * couteau" is violence (17), no child in danger (119). Removed before the child words are
 * looked for; any other child named ("et mon petit de 4 ans") still brings the 119.
 */
const ADULT_KIN = rx('g',
  '\\b(mon|ma|notre|son|sa|leur) (fils|fille|enfant|gamin|gamine|gosse|garcon|grand fils|',
  'grande fille|beau fils|belle fille|ado)( aine| ainee| cadet| cadette)? ',
  '(de|qui a|a|il a|elle a) (1[89]|[2-9][0-9]) ans\\b|',
  '\\b(mon|ma|notre|son|sa) (fils|fille) (majeur|majeure|adulte)\\b',
);

/** The text without the adult sons and daughters, for the child words. */
export function withoutAdultKin(text: string): string {
  return gatedReplace(text, ADULT_KIN, ' ');
}
