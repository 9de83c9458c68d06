import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Beaten by someone who also keeps the writer from leaving ("il a pris mon passeport, je
 * peux pas sortir", "il m'enferme"): "mon mari me bat" alone is the domestic-violence FAQ
 * (a habit), but a victim held where the blows fall cannot wait for an appointment. Abroad,
 * where this is told most (a holiday or a visit to the family turned into captivity), the
 * place puts 112 first (triage-far.ts).
 */
const BLOWS_ON_ME = rx('',
  '\\b(me|nous) (bat|battent|frappe|frappent|tape|tapent|cogne|cognent|tabasse|tabassent|',
  'brutalise|brutalisent|maltraite|maltraitent)\\b|',
  '\\b(me|nous) a (deja |encore )?(battue?|frappee?|tapee?|cognee?|tabassee?|brutalisee?)\\b',
);

const PAPERS = 'passeport|passeports|passport|pasport|papiers|pieces de identite|' +
  'carte de identite|billet|billets';

/** Kept there: shut in, forbidden to go out, papers taken. */
const KEPT_FROM_LEAVING = rx('',
  '\\b(enferme|enfermee|enferment|sequestre|sequestree|sequestrent|retient|retiennent|',
  'retenue|prisonniere|prisonnier|bloquee|coincee|',
  '(empeche|empechent|interdit|laisse pas|laissent pas|laisse plus|laissent plus) (de )?',
  '(sortir|partir|quitter|rentrer|fuir|bouger)|',
  '(peux|peut|pouvons|arrive|arrivons) (pas|plus) (a )?(sortir|partir|quitter|rentrer|revenir|',
  'fuir|me enfuir|men aller|me en aller|me echapper|nous echapper|nous enfuir)|',
  '(pris|pri|prend|prennent|confisque|confisquent|garde|gardent|cache|caches|vole|detruit|',
  'dechire|brule) (mon|mes|nos|notre) (', PAPERS, ')|',
  '(', PAPERS, ') (pris|confisque|confisques|garde|gardes|cache|caches)|',
  '(plus|pas) (de |mon |mes )(', PAPERS, ')|',
  '(veut|veulent) (pas|plus) me rendre (mon|mes))\\b',
);

export const NET_HELD_BEATEN: readonly NetFamily[] = [
  {
    id: 'net-held-beaten',
    situation: 'domestic_violence',
    // "depuis des années" is the FAQ; "depuis hier soir" goes on (not a habit marker)
    habitCancels: true,
    patterns: [BLOWS_ON_ME],
    requires: KEPT_FROM_LEAVING,
    unless: rx('', '\\b(aux cartes|aux echecs|au tennis|au ping pong|a la course|',
      'au jeu|a le jeu|a la console|en classe)\\b'),
  },
];
