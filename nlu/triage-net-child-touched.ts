import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child touched by a relative, told by a sibling or a witness ("mon oncle touche ma
 * petite sœur", "le copain de ma mère touche mon petit frère"): sexual abuse of a child
 * going on, so the police first and the child line (119) with it.
 */
const ADULT = '(oncle|tonton|beau pere|beau frere|copain de (ma mere|maman)|mec de (ma mere|' +
  'maman)|compagnon de (ma mere|maman)|grand pere|papi|papy|cousin|voisin|parrain|pere|papa|' +
  'frere|demi frere|nounou|baby sitter|babysitter|ami de (mes parents|papa|maman)|entraineur|' +
  'coach|moniteur|animateur|prof)';

const CHILD = '(ma|mon|notre) (petite soeur|petit frere|soeur|frere|fille|fils|niece|neveu|' +
  'petite cousine|petit cousin|cousine|petite fille|petit fils|demi soeur|demi frere|bebe)';

const TOUCHES = '(touche|touchent|tripote|tripotent|fait des attouchements (a|sur)|' +
  'met la main (sur|dans la culotte de)|abuse de|viole)';

const CHILD_TOUCHED = rx('', `\\b${ADULT} ${TOUCHES} ${CHILD}\\b`);

/** A game of tag, a ball, a fever checked on the forehead. */
const INNOCENT = rx('',
  '\\b(jeu|jouant|joue|jouent|loup|chat perche|touche touche|ballon|balle|epaule|front|',
  'fievre|temperature|bras|main|cheveux|pour la consoler|lol|mdr)\\b',
);

export const NET_CHILD_TOUCHED: readonly NetFamily[] = [
  {
    id: 'net-child-touched',
    situation: 'child_violence',
    always: true,
    patterns: [CHILD_TOUCHED],
    unless: INNOCENT,
  },
];
