import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Thanks once help has come ("merci, ils sont là", "c'est bon les pompiers sont arrivés"):
 * the emergency is in the hands of those who came. "Police", "gendarmes" or "secours" in it
 * name who came, not a call. Anything that says the danger goes on ("mais il a un couteau",
 * "mon fils est encore dedans", "ils sont repartis et il revient") keeps the alarm.
 */
const HINT = /\b(merci|mrc|mci|ouf|bon|thanks|thank)\b/;

const THANKS = rx('',
  '\\b(merci|mrc|mci|ouf|thanks|thank you)\\b|\\b(ce est|cest|ce) (bon|ok|fini|regle)\\b',
);
const CAME = rx('',
  '\\b(sont|est|st) (la|ici|arrives?|arrivees?|venus?|venues?|sur place|entres?|entree)\\b|',
  '\\b(viennent|vient) de arriver\\b|\\b(arrivent|arrive) (la|enfin)\\b|',
  '\\b(ont|a) (pris le relais|pris en charge|tout eteint|embarque|arrete|interpelle)\\b|',
  '\\b(se occupent|se occupe|soccupent) de\\b|\\b(le|la|les) (ont|a) (pris|prise) en charge\\b',
);
const GOES_ON = rx('',
  '\\b(mais|sauf que|pourtant|encore|toujours|revient|reviennent|revenu|repartis?|couteau|',
  'arme|fusil|feu|flammes|fumee|respire (plus|pas)|bouge (plus|pas)|saigne|inconscient|',
  'inconsciente|frappe|tape|menace|vite|au secours|aidez|dedans|coince|coincee|bloque|',
  'bloquee|manque|introuvable|disparu|disparue|pas encore|enfui|enfuis|trop tard|mort|morte|',
  'pas la|pas arrives|pas venus|toujours pas)\\b',
);

export function thanksOnceHelpCame(text: string): boolean {
  return gatedTest(HINT, text) && gatedTest(THANKS, text) && gatedTest(CAME, text) &&
    !gatedTest(GOES_ON, text);
}
