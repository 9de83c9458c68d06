import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * Old or expired medicines laid out to be taken back to the pharmacy ("j'ai sorti tous les
 * vieux médicaments périmés pour les rapporter à la pharmacie"): a tidy-up, not pills laid
 * out to be swallowed. Despair said, or pills taken, keeps the alarm.
 */
const OLD_PILLS = rx('',
  '\\b(perime|perimes|perimee|perimees|date depassee|dates depassees|vieux medicaments|',
  'vieux medocs|vieilles boites|medicaments inutilises|medicaments non utilises|',
  'medicaments en trop|fonds de boites)\\b',
);
const BACK_TO_PHARMACY = rx('',
  '\\b(rapporter|ramener|rendre|deposer|rapporte|ramene|rends|depose|jeter|trier|tri|',
  'recycler|cyclamed|poubelle|ranger|faire le menage|faire le tri)\\b',
);
const DESPAIR = rx('',
  '\\b(en finir|mourir|me tuer|suicide|suicider|tout avaler|les avaler|avale|avalee|avales|',
  'pris toute|pris tous|ce soir je|plus envie|adieu|au bout|je vais le faire)\\b',
);

export function expiredPillsTidied(text: string): boolean {
  return gatedTest(OLD_PILLS, text) && gatedTest(BACK_TO_PHARMACY, text) &&
    !gatedTest(DESPAIR, text);
}
