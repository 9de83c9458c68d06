import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * "un pote de ma petite soeur dit que son père le tape avec une ceinture": blows at home
 * told second-hand, as what happens there, with nothing said of now. The child-in-danger
 * answer (119, a gendarme offered); a scene under way, tonight or fear of going home keep
 * the alarm.
 */
const RELAYED_BLOWS = rx('',
  '\\b(dit|disent|raconte|racontent|me a dit|me a raconte|me a confie|nous a dit|affirme|',
  'pretend|ecrit) (que|qu) (son|sa|ses|leur) (pere|mere|beau pere|belle mere|parents|daron|',
  'daronne|papa|maman|copain|copine|mari|femme|frere|oncle)( [a-z]+){0,2} (le|la|les|lui) ',
  '(tape|frappe|bat|cogne|tapent|frappent|battent|cognent|met des coups|donne des coups|',
  'fouette|gifle|giflent)\\b',
);
const NOT_ONLY_TOLD = rx('',
  '\\b(peur de rentrer|veut pas rentrer|ne veut pas rentrer|enferme|enfermee|sang|saigne|',
  'hurle|hurler|crie|crier|pleure|pleurer|entends|entend|inconscient|inconsciente|couteau|arme|',
  'tuer|ce soir|cette nuit|demain|repart|repartir|retourne|retourner|y retourner)\\b',
);

export function abuseToldSecondHand(text: string): boolean {
  return gatedTest(RELAYED_BLOWS, text) && !gatedTest(NOT_ONLY_TOLD, text) && !hereNow(text);
}
