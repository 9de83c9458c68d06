import { gatedTest } from './regex-gate';
import { rx } from './triage-words';

/**
 * "Un coup de fusil" is also a bill far too high ("j'ai pris un coup de fusil chez le
 * garagiste, 900 euros", "le resto c'est un coup de fusil, 80 balles pour deux"): a price,
 * no gun. A wound, a hunt or a shooter keeps the alarm.
 */
const PRICE_SHOT = /\bcoup de fusil\b/;
const PRICE = rx('',
  '\\b(\\d+ ?(euros?|balles|e|eur|k)|euros?|balles|prix|facture|addition|note|devis|',
  'tarif|tarifs|cher|chere|cheres|chers|hors de prix|paye|payer|payee|coute|coutait|',
  'garagiste|garage|plombier|resto|restaurant|restau|bar|hotel|magasin|boutique|vendeur|',
  'artisan|dentiste|notaire|loyer|courses|supermarche|ticket|abonnement|billet|billets)\\b',
);
const WOUND = rx('',
  '\\b(sang|saigne|saignent|blesse|blessee|blesses|touche|touchee|ventre|jambe|bras|tete|',
  'poitrine|dos|chasse|chasseur|chasseurs|tire|tirer|tireur|arme|armes|mort|morte|secours|',
  'vite|inconscient|inconsciente|plomb|plombs|chevrotine|detonation)\\b',
);

export function overchargedShot(text: string): boolean {
  return gatedTest(PRICE_SHOT, text) && gatedTest(PRICE, text) && !gatedTest(WOUND, text);
}
