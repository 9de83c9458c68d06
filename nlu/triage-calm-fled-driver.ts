import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A driver or rider who hit the writer and drove off, told afterwards with nobody hurt:
 * "un scooter m'a rentré dedans au feu rouge et s'est barré, j'ai la plaque". The other
 * party is gone and the writer is writing: a hit-and-run complaint, not a road injury.
 */
const HIT = rx('',
  '\\b(me|nous|lui|le|la) (a|ont) (rentre dedans|percute|percutee|accroche|accrochee|',
  'embouti|emboutie|tamponne|tamponnee|touche|touchee|raye|rayee)|',
  '\\b(a|ont) (percute|accroche|embouti|tamponne|raye|enfonce|defonce|touche) (ma|mon|notre|',
  'sa|son|la|le) (voiture|caisse|bagnole|moto|scooter|velo|pare choc|portiere|aile|retro)\\b',
);
export const FLED = rx('',
  '\\b(se est (barre|barree|tire|tiree|casse|cassee|enfui|enfuie|sauve|sauvee)|a (fui|file|',
  'pris la fuite|accelere|redemarre)|ont (fui|pris la fuite)|delit de fuite|',
  '(est|sont) (parti|partie|partis|repartis?) sans|sans (se arreter|sarreter|laisser|',
  'faire de constat|constat))\\b',
);
export const HURT = rx('',
  '\\b(blesse|blessee|blesses|blessure|sang|saigne|saignent|mal (au|a la|aux|partout)|',
  'douleur|hopital|urgences|pompiers|samu|bouge (plus|pas)|inconscient|inconsciente|',
  'par terre|au sol|respire|coince|coincee|feu (a|dans|sur)|fumee|flammes|casse la jambe|',
  'fracture|enfant|bebe|pieton|pietonne|renverse|renversee)\\b',
);

export function hitAndRunTold(text: string): boolean {
  return gatedTest(HIT, text) && gatedTest(FLED, text) && !gatedTest(HURT, text);
}
