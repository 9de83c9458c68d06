import { gatedTest } from './regex-gate';
import { hereNow } from './triage-calm-told';
import { rx } from './triage-words';

/**
 * "la petite que je garde a des bleus partout, elle dit que c'est son beau-père": marks
 * seen on a child and the blame the child gives, with no return of that person nor any
 * tonight named. The child-in-danger answer (119 by day, a gendarme offered), not a rescue:
 * the learned vote stays silent. The one who hurt coming back within hours, fear of going
 * home, the child kept out now or blood keep the alarm (triage-net-child-abuse-now.ts).
 */
const MARKS_BLAMED = rx('',
  '\\b(bleus|bleu|hematomes?|marques|traces de coups|brulures?|coquard|cocard|griffures)\\b',
  '( [a-z]+){0,10} (dit|dis|explique|raconte|pretend|me dit|me a dit) (que )?(ce est|cest|',
  'ce etait|c etait) (son|sa|ses|leur) (pere|mere|beau pere|belle mere|papa|maman|parents|',
  'frere|oncle|daron|daronne)\\b',
);
const NOT_ONLY_SEEN = rx('',
  '\\b(peur de rentrer|veut pas rentrer|rentrent|rentre|reviennent|revient|vient le chercher|',
  'vient la chercher|dehors depuis|enferme|enfermee|sang|saigne|hurle|crie|pleure|inconscient|',
  'respire|couteau|arme|tuer|demain|ce soir|cette nuit|dans \\d+ ?h)\\b',
);

export function marksBlamedOnly(text: string): boolean {
  return gatedTest(MARKS_BLAMED, text) && !gatedTest(NOT_ONLY_SEEN, text) && !hereNow(text);
}
