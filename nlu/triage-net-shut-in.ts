import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/** A means of ending one's life, taken with oneself. */
const MEANS = '(corde|cachets|medicaments|comprimes|pilules|fusil|arme|pistolet|lame|lames|' +
  'rasoir|couteau|flingue|cutter|barbecue|charbon)';

/**
 * Shut in alone with a means and a farewell ("je me suis enfermé dans l'atelier avec une
 * corde, adieu"): a suicide, 3114 first; no one is there to hide from.
 */
export const SELF_SHUT_IN = rx('', '\\b(me suis|je suis|suis) (enferme|enfermee|isole|isolee|',
  `barricade|barricadee)( [a-z]+){0,6} avec (une|la|ma|des|mes|les|un|le|mon|tous mes|toutes mes) `,
  `(${MEANS})\\b`);

const FAREWELL = rx('', '\\b(adieu|personne (ne )?(me|m) (aimera|aime|regrettera|manquera)|',
  'en finir|plus la force|pardonnez|pardon|je vous aime|fini pour moi|ce est fini|cest fini|',
  'plus envie|dernier message|plus la peine|mieux sans moi)\\b');

export const NET_SHUT_IN: readonly NetFamily[] = [
  {
    id: 'net-shut-in-with-means',
    situation: 'suicide',
    patterns: [SELF_SHUT_IN],
    requires: FAREWELL,
    always: true,
    unless: /\b(chien|chat|pour travailler|bricoler|bricolage|chasse|ball trap)\b/,
  },
];
