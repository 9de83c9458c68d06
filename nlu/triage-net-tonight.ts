import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/** The parent or step-parent who beats: the victim is their child. */
const PARENT = '(sa|son|ses|ma|mon|mes|leur) (mere|pere|beau pere|belle mere|maman|papa|daron|' +
  'daronne|parents|parent|pere et sa mere)';
const BLOWS = '(frapper|taper|punir|battre|tabasser|cogner|bruler|defoncer|enfermer|corriger|' +
  'fouetter)';
const TONIGHT = '(ce soir|cette nuit|en rentrant|quand (il|elle|ils) (rentre|rentrent|rentrera|' +
  'sera la|seront la)|tout a le heure|des que (il|elle) rentre)';
const WILL = '(va|vont|veut|veulent|menace de|menacent de|a dit que (il|elle) allait|a dit quil ' +
  'allait|allait)';
const OBJECT = '(le |la |me |les |nous |lui |te )?';

/**
 * A child's blows promised for tonight, told by the child or by a classmate ("sa mère va le
 * punir encore ce soir", with the marks shown): the child line first, then the police.
 * Bruises told without tonight's threat stay the FAQ's (a babysitter who wonders).
 */
const PROMISED = [
  rx('', `\\b${PARENT}( [a-z]+){0,3} ${WILL} (encore |de nouveau |re)?${OBJECT}`,
    `${BLOWS}( [a-z]+){0,4} ${TONIGHT}\\b`),
  rx('', `\\b${TONIGHT}( [a-z]+){0,4} ${PARENT}( [a-z]+){0,2} ${WILL} (encore )?`,
    `${OBJECT}${BLOWS}\\b`),
];

/** Tonight's blows, not blows under way: the threat words must not read as violence now. */
export function blowsPromisedTonight(literal: string): boolean {
  return PROMISED.some((pattern) => gatedTest(pattern, literal));
}

export const NET_TONIGHT: readonly NetFamily[] = [
  {
    id: 'net-child-blows-tonight',
    situation: 'child_neglect',
    patterns: PROMISED,
    // what was done before or is feared: a scolding over a bad mark is not a beating
    requires: rx('', '\\b(marques?|bleus?|brulures?|traces?|coups|cicatrices?|encore|comme ',
      '(hier|la derniere fois|chaque fois|dhabitude|de habitude)|tous les soirs|chaque soir|',
      'peur|terrorise|terrorisee|ceinture|frappe|frappee|battu|battue)\\b'),
    unless: /\b(mdr|ptdr|lol|jeu video|chien|chat|dessin anime|film|serie)\b/,
  },
];
