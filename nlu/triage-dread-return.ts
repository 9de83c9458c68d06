import { gatedTest } from './regex-gate';
import { CHILD, rx } from './triage-words';

/**
 * A child beaten again and again ("tous les soirs", "chaque fois") who dreads the beater's
 * return now or tonight ("il va rentrer", "il arrive bientôt", "j'ai trop peur"). The habit
 * told is no calm past: tonight's blows are feared, a child in danger (119 first).
 */

const CHILD_WRITES = /\bje ai ([5-9]|1[0-7]) ans\b/;
// "mon beau-père", "mon daron": only a child names the beater so
const A_CHILD = rx('', `\\b(${CHILD}|(de|a) ([5-9]|1[0-7]) ans|(mon|ma) (beau pere|belle mere|`,
  'daron|daronne|papa|maman))\\b');
const BEATER = '(pere|mere|beau pere|belle mere|daron|daronne|papa|maman|oncle|tante|' +
  'copain de (maman|ma mere|sa mere)|nounou|grand pere|grand frere|parrain|il|elle)';
const BLOWS_AGAIN = rx('',
  `\\b${BEATER} (me|le|la|les|nous) (frappe|frappent|tape|tapent|bat|battent|cogne|cognent|`,
  'tabasse|met des coups|mettent des coups|fouette|brule)\\b|',
  // "il se fait taper tous les soirs par mon beau-père"
  '\\b(se fait|se font|me fais|me fait) (taper|frapper|battre|cogner|tabasser|fouetter)',
  `( [a-z]+){0,4} par (mon|ma|son|sa|le|la|leur) ${BEATER}\\b`,
);
const AGAIN = rx('',
  '\\b(tous les (soirs|jours|matins|week ends)|chaque (soir|fois|jour|matin)|a chaque fois|',
  'tout le temps|souvent|quand (il|elle) (rentre|boit|a bu|est saoul|est saoule))\\b',
);
const RETURN_SOON = rx('',
  '\\b((va|vont|doit|doivent) (bientot )?(rentrer|revenir|arriver|me recuperer|le recuperer|',
  'la recuperer|les recuperer)|',
  '(rentre|rentrent|revient|reviennent|arrive|arrivent)( [a-z]+){0,3} (bientot|',
  'dans (\\d+|une|deux|dix|vingt|trente) (minutes?|min|heures?)|ce soir|tout a le heure)|',
  '(y )?retourne ce soir)\\b',
);
const DREAD = rx('',
  '\\b(peur|trop peur|terrifiee?|tremble|tremblent|panique|angoisse|aidez moi|aide moi|',
  'veux pas etre la|pleure)\\b',
);

/** True when a child fears the return of who beats them, the habit told as the reason. */
export function dreadsBeaterReturn(normalized: string): boolean {
  return gatedTest(RETURN_SOON, normalized) && gatedTest(BLOWS_AGAIN, normalized) &&
    gatedTest(AGAIN, normalized) &&
    // a child who gives their age needs no word of fear
    (gatedTest(CHILD_WRITES, normalized) ||
      (gatedTest(DREAD, normalized) && gatedTest(A_CHILD, normalized)));
}
