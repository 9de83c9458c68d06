import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A partner who packed and left and no longer answers ("ma compagne a fait ses valises et
 * elle ne répond plus"): a break-up, not a body. Despair said, a threat or a collapse keeps
 * the alarm.
 */
const PARTNER = rx('',
  '\\b(compagne|compagnon|copine|copain|femme|mari|epouse|epoux|conjoint|conjointe|',
  'concubin|concubine|ex|petite amie|petit ami|meuf|mec)\\b',
);
const LEFT = rx('',
  '\\b(fait ses valises|fait sa valise|pris ses affaires|pris ses cliques|embarque ses ',
  'affaires|vide ses placards|vide son armoire|parti avec ses|partie avec ses|',
  'me a quitte|me a quittee|a quitte la maison|a quitte le domicile|est parti de la maison|',
  'est partie de la maison|est parti chez|est partie chez|est retourne chez|',
  'est retournee chez|me a largue|me a larguee|rompu|on se separe|separes)\\b',
);
const SILENT = rx('',
  '\\b((repond|reponds|decroche) (plus|pas|jamais)|ne (repond|decroche)|injoignable|',
  'me a bloque|me a bloquee|plus de nouvelles|aucune nouvelle)\\b',
);
const DANGER = rx('',
  '\\b(en finir|mourir|suicide|suicider|se tuer|me tuer|tuer|adieu|lettre|cachets|',
  'medicaments|menace|menaces|arme|couteau|enfants avec|enleve|enlevee|tombe|tombee|',
  'malaise|sang|saigne|respire|inconscient|inconsciente|par terre|frappe|frappee)\\b',
);

export function partnerLeft(text: string): boolean {
  return gatedTest(PARTNER, text) && gatedTest(LEFT, text) && gatedTest(SILENT, text) &&
    !gatedTest(DANGER, text);
}
