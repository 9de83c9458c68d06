import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Someone held by their family to be taken away or married by force, the departure soon:
 * "ils veulent l'emmener au bled ce soir", her phone taken. The police can still stop it
 * at the airport: 17 first.
 */
const TAKEN_AWAY = rx('',
  '\\b(veulent|veut|vont|va|doivent|compte|comptent|ont prevu de) (la |le |me |l |les )?',
  '(emmener|envoyer|renvoyer|ramener|marier|faire partir|mettre dans un avion)( [a-z]+){0,3} ',
  '(au bled|au pays|a le etranger|de force|contre son gre|contre mon gre|en avion)',
  '( [a-z]+){0,4} (ce soir|cette nuit|demain|tout a le heure|maintenant|aujourd hui|',
  'dans (\\d+|deux|trois) (heures|h|jours))\\b|',
  // the plane first, the place after: "la mettre dans un avion ce soir pour le bled"
  '\\b(mettre|mettent|met) (la |le |me |les )?dans un avion( [a-z]+){0,3} (ce soir|cette nuit|',
  'demain|tout a le heure|maintenant)\\b',
);
/** Held against her will: the phone taken, shut in, forced. */
const COERCED = rx('',
  '\\b(force|forcee|forcent|forcer|de force|pris son telephone|pris mon telephone|',
  'confisque|confisquent|enferme|enfermee|enferment|contre son gre|contre mon gre|',
  'mariage force|sans son accord|sans mon accord|sequestre|sequestree|surveillee|',
  'passeport)\\b',
);
/** A question for later, a story over, a trip she chose. */
const NOT_NOW = rx('',
  '\\b(film|serie|roman|reportage|le an dernier|il y a (des|deux|trois|\\d+) (mois|ans)|',
  'en vacances|pour les vacances|elle est contente|elle veut y aller|que faire si|et si)\\b',
);

export const NET_FORCED_AWAY: readonly NetFamily[] = [
  {
    id: 'net-forced-away-tonight',
    situation: 'violence',
    patterns: [TAKEN_AWAY],
    requires: COERCED,
    unless: NOT_NOW,
  },
];
