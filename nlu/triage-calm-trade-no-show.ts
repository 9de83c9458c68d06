import { gatedTest } from './regex-gate';
import { rx } from './triage-words';
import { COLLAPSED } from './triage-calm-collapsed';

/**
 * A tradesman or a seller paid and gone ("l'artisan a encaissé l'acompte, il n'est jamais
 * venu, il ne répond plus"): a fraud complaint. "jamais venu" and "ne répond plus" are the
 * words of a person missing or unconscious; about a business they are a silence, not a
 * body. A fall, a malaise or blood keeps the alarm.
 */
const TRADE = rx('',
  '\\b(artisan|artisans|plombier|macon|menuisier|couvreur|electricien|peintre|carreleur|',
  'chauffagiste|plaquiste|charpentier|paysagiste|jardinier|serrurier|cuisiniste|vitrier|',
  'facadier|terrassier|pisciniste|garagiste|depanneur|entreprise|societe|auto entrepreneur|',
  'devis|acompte|arrhes|avance|chantier|travaux|vendeur|vendeuse|colis|commande|livraison|',
  'livreur|leboncoin|le bon coin|vinted|annonce)\\b',
);

/** Money or a quote between them: "aucune nouvelle" of a worker alone on a site is no fraud. */
const PAID = rx('',
  '\\b(paye|payee|verse|versee|encaisse|encaissee|regle|reglee|vire|viree|virement|cheque|',
  'acompte|arrhes|avance|devis|facture|euros|eur|argent|commande|commandee|rembourse)\\b',
);

/** Gone silent or never came. */
const SILENT = rx('',
  '\\b(jamais venu|jamais venus|jamais venue|jamais passe|jamais arrive|jamais commence|',
  'jamais recu|(repond|reponds|repondent) (plus|pas|jamais)|injoignable|injoignables|',
  'plus de nouvelles|aucune nouvelle|silence radio|disparu dans la nature|bloque sur)\\b',
);

/** A threat or blows between them: no fraud complaint then. */
const THREATENED = /\b(menace|menaces|frappe|couteau)\b/;

export function tradeNoShow(text: string): boolean {
  return gatedTest(TRADE, text) && gatedTest(PAID, text) && gatedTest(SILENT, text) &&
    !gatedTest(COLLAPSED, text) &&
    !gatedTest(THREATENED, text);
}
