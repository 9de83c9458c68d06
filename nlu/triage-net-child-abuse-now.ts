import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child's abuse passed on by an adult (an aunt, a neighbour, a babysitter) that is still
 * going on: the child sleeps there tonight, so the child line first, the police next.
 * The rule of this file (round 26): second-hand abuse alarms when it is current, that is
 * - sexual abuse told in the present by someone the child lives with or sees, with when
 *   it happens again ("son beau-père la touche le soir quand sa mère travaille");
 * - the child kept out of the home now, with marks ("encore dehors depuis ce matin");
 * - marks just shown, and the one who made them coming back within hours.
 * Marks told alone, with no return nor recurrence named, stay the child-in-danger answer
 * (which gives the 119): triage-calm-relayed-abuse.ts, triage-calm-marks.ts.
 */
const CHILD = '(niece|neveu|filleule?|fille|fils|petite?|gamine?|voisine?|eleve|cousine?|' +
  'petite fille|petit fils|soeur|frere|enfant|copine|copain|\\d+ ans)';
const ABUSER = '(son|sa|leur|le|la) (beau pere|pere|papa|oncle|grand pere|papy|pepe|cousin|frere|' +
  'demi frere|grand frere|parrain|voisin|entraineur|moniteur|prof|daron|copain de sa mere|' +
  'copain de maman|compagnon de sa mere|mec de sa mere|nouveau copain|beau frere)';
const TOUCH = '((la|le|les) (touche|touchent|tripote|tripotent|caresse|viole|violent)|' +
  '(lui|leur) (fait|font) des (attouchements|trucs|choses|saletes|trucs bizarres)|' +
  '(vient|rentre|entre|va|se glisse|monte) dans (son|sa|leur) (lit|chambre)|' +
  'abuse de (elle|lui)|(la|le) force a)';

/** Present-tense sexual abuse by a relative, told by the writer about a child. */
const TOUCHED_NOW = rx('', `\\b${ABUSER}( [a-z]+){0,2} ${TOUCH}\\b`);
const A_CHILD = rx('', `\\b(ma|mon|la|le|une|un|cette|ce) ${CHILD}\\b`);

/** When it happens again: the evening, the mother at work, the next visit. */
const RECURS = rx('',
  '\\b(le soir|la nuit|les soirs|les nuits|tous les soirs|toutes les nuits|chaque (soir|nuit|',
  'week end|weekend|fois|visite)|quand (sa|son|leur|ses) (mere|pere|maman|papa|parents) ',
  '(travaille|travaillent|dort|dorment|sort|sortent|est|sont|part|partent|n est|ne est)|',
  'quand (il|elle) (la|le|les) garde|quand (elle|il) est (seule?|tout seul|toute seule) avec|',
  'des que|ce soir|cette nuit|demain|ce week end|y retourne|encore|toujours|depuis)\\b',
);

/** Told as over, as a memory, or already in hand: the advice, not a rescue. */
const OVER = rx('',
  '\\b(quand (je|j) (etais|avais)|quand (elle|il) (etait|avait)|il y a (des|deux|trois|',
  'quelques|plusieurs|\\d+) (ans|mois)|a le epoque|plus jamais|depuis (il|elle) est (parti|',
  'partie|en prison)|est en prison|a ete condamne|plainte (est )?deposee|deja porte plainte|',
  'placee? en foyer|juge des enfants|film|serie|roman|livre|reportage)\\b',
);

/** A child out of the home now, kept out. */
const KEPT_OUT = rx('',
  '\\b(le|la|les) (laisse|laissent) (jamais|pas|plus) (rentrer|entrer)|',
  '(encore|toujours|tout seul|toute seule|seul|seule) dehors( [a-z]+){0,4} depuis ',
  '(ce matin|midi|des heures|\\d+ ?h|hier soir)|(mis|mise|enferme|enfermee|laisse|laissee) ',
  'dehors( [a-z]+){0,4} depuis (ce matin|midi|des heures|\\d+ ?h|hier soir)\\b',
);
const MARKS = rx('',
  '\\b(bleus|bleu|hematomes?|marques|traces de coups|brulures?|coquard|cocard|griffures|',
  'blessures?|plaies?)\\b',
);

/** The one who hurt the child is due back within hours. */
const BACK_SOON = rx('',
  '\\b((ses |les |son |sa )?(parents|pere|mere|papa|maman|beau pere|belle mere)|il|elle|ils) ',
  '(rentrent|rentre|reviennent|revient|arrivent|arrive|vont rentrer|va rentrer|doivent rentrer|',
  'doit rentrer|viennent le chercher|vient le chercher|viennent la chercher|vient la chercher)',
  '( [a-z0-9]+){0,2} (dans (\\d+|une|deux|trois) ?(h|heures?|min|minutes|mn)|bientot|ce soir|',
  'tout a le heure|vers \\d+ ?h|a \\d+ ?h)\\b',
);
/** Shown or told by the child just now: burns, bruises, marks blamed on a parent. */
const SHOWN = rx('',
  '\\b(vient de me (montrer|dire|raconter)|me a montre|me montre|je viens de voir|je vois)',
  '( [a-z]+){0,6} (brulures?|bleus|marques|hematomes?|traces|coups)\\b',
);

export const NET_CHILD_ABUSE_NOW: readonly NetFamily[] = [
  {
    id: 'net-child-touched-now',
    situation: 'child_neglect',
    patterns: [TOUCHED_NOW],
    // "son beau-père la touche" alone is the child-in-danger answer (119 by day); its
    // recurrence tonight or soon is the alarm
    requires: rx('', `^(?=.*${A_CHILD.source}).*${RECURS.source}`),
    always: true,
    unless: OVER,
  },
  {
    id: 'net-child-kept-out-marked',
    situation: 'child_neglect',
    patterns: [KEPT_OUT],
    requires: MARKS,
    unless: OVER,
  },
  {
    id: 'net-child-marks-abuser-back',
    situation: 'child_neglect',
    patterns: [SHOWN],
    requires: BACK_SOON,
    unless: OVER,
  },
];
