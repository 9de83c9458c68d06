import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * A forest fire far away, told as no risk for the writer or with a wish to help the victims
 * ("incendie de forêt à 40 km de chez nous, on ne risque rien mais comment aider les
 * sinistrés"): the prefecture's news and the donations, not the 18. A fire coming closer,
 * an evacuation, a distance in metres or people caught keep the alarm.
 */
const FIRE = /\b(incendie|incendies|feu|feux|flammes|brule|brulent)\b/;

/** Five kilometres or more, or a far place said as such. */
const FAR = rx('',
  '\\b(([5-9]|[1-9]\\d+) ?(km|kms|kilometres?|bornes)|loin de (chez )?(nous|moi|ici)|',
  'dans le departement voisin|dans une autre region|dans le sud|dans le nord)\\b',
);

/** No risk for the writer, or help for those hit. */
const NO_RISK_OR_HELP = rx('',
  '\\b(on ne risque rien|on risque rien|nous ne risquons rien|ne risque rien|risque rien|',
  'pas de danger pour nous|pas menaces|pas concernes|aucun risque|aider les (sinistres|',
  'victimes|pompiers|habitants|evacues)|faire un don|faire des dons|dons|donner|benevole|',
  'benevoles|collecte|cagnotte)\\b',
);

const COMING = rx('',
  '\\b(arrive|arrivent|se rapproche|approche|avance vers|vers nous|vers le village|',
  'vers la maison|sur le village|evacuer|evacuation|evacues de force|encercle|encercles|',
  'bloques|pieges|coinces|a (\\d+) ?(me|metres?|m)\\b|chez nous brule|notre maison|',
  'la maison brule|jardin|fumee dans la maison|au secours|vite)\\b',
);

export function farFireNoRisk(text: string): boolean {
  return gatedTest(FIRE, text) && gatedTest(FAR, text) && gatedTest(NO_RISK_OR_HELP, text) &&
    !gatedTest(COMING, text);
}
