import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';
import { gatedTest } from './regex-gate';

/**
 * A pupil whose parent threatened to kill or beat them if they come home, with school or
 * nowhere to sleep tonight in the message: the child line first (119), the police with it.
 * Word classes for the parent, the coming home and the threat, since each tester says them
 * differently ("si je rentre il me tue", "si je remets les pieds à la maison il me défonce").
 */
const PARENT = '(pere|mere|beau pere|belle mere|parents|daron|daronne|papa|maman|padre|' +
  'vieux|vieille|pere et ma mere)';
const COMING_HOME = '(si je (rentre|rentrais|reviens|revenais|remets les pieds|remet les pieds|' +
  'repasse)|quand je (rentre|rentrerai|reviens)|de (pas|ne pas) (rentrer|revenir)|si je ' +
  '(rentre|reviens) (a la maison|ce soir|chez moi))';
/** The dread told before or after the threat: "j'ose pas rentrer, maman a dit qu'elle...". */
const DREAD = '((peur de|ose pas|veux pas|veut pas|peux pas) (rentrer|revenir))';
const THREAT = '(me tue|me tuera|me tuerait|me tuer|me tuerais|me defonce|me defoncer|' +
  'me bute|me buter|me tabasse|me tabasser|me massacre|me frappe|me frapper|je suis mort|' +
  'je suis morte|me tabassent|me tuent|me defoncent)';
const PUPIL_OR_NOWHERE = rx('',
  '\\b(college|collegien|collegienne|lycee|lyceen|lyceenne|ecole|classe|(6|5|4|3)(e|eme)|',
  'sixieme|cinquieme|quatrieme|troisieme|seconde|je ai (1[0-7]|[89]) ans|ou dormir|',
  'nulle part|sais pas ou dormir|je dors ou|dormir ou|peux pas rester?|suis dehors|',
  'dors dehors|dormir dehors|peux pas rentrer|ose pas rentrer|peur de rentrer|',
  'sais pas ou aller|mis dehors|mise dehors)\\b',
);

const PUPIL_THREATENED: NetFamily = {
  id: 'net-pupil-threatened-home',
  situation: 'child_neglect',
  beforeIdioms: true,
  patterns: [
    rx('', `\\b${PARENT}\\b.*\\b${COMING_HOME}\\b.*\\b${THREAT}\\b`),
    rx('', `\\b${PARENT}\\b.*\\b${THREAT}\\b.*\\b${COMING_HOME}\\b`),
    rx('', `\\b${PARENT}\\b( [a-z]+){0,6} (menace|menacee) de ${THREAT}`),
    rx('', `\\b${DREAD}\\b.*\\b${PARENT}\\b.*\\b${THREAT}\\b`),
    rx('', `\\b${PARENT}\\b.*\\b${THREAT}\\b.*\\b${DREAD}\\b`),
  ],
  requires: PUPIL_OR_NOWHERE,
  unless: rx('', '\\b(haha|hahaha|lol|mdr|ptdr|note|notes|bulletin|retard|bourre|bourree|',
    'rayure|raye|casse|blague)\\b'),
};

export const NET_HOME_THREAT: readonly NetFamily[] = [PUPIL_THREATENED];

/**
 * The threat is for when the child comes home, so no blow is under way: the blows it names
 * ("elle va me tuer") must not put the 17 of violence now ahead of the child line.
 */
export function threatenedIfHome(text: string): boolean {
  const { patterns, requires, unless } = PUPIL_THREATENED;
  return patterns.some((pattern) => gatedTest(pattern, text)) &&
    (requires === undefined || gatedTest(requires, text)) &&
    !(unless !== undefined && gatedTest(unless, text));
}
