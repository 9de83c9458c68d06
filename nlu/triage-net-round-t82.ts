import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t82: trouble at a polling station while it happens ("un homme menace les assesseurs
 * au bureau de vote", "un type veut frapper le président du bureau de vote"). Voting
 * questions stayed calm, and so did these: no family read a threat to the officials there.
 */

/** The polling station and its people; "urne" alone is also the ashes' urn. */
const POLLING_STATION = rx('',
  '\\b(bureaux? de vote|bureau electoral|salle de vote|lieu de vote|assesseurs?|asseseurs?|',
  'scrutateurs?|isoloirs?|urne electorale|depouillement)\\b',
);

/** Someone threatening, fighting or about to strike there now; "la menace" is the noun. */
const TROUBLE_THERE = rx('',
  '(?<!\\b(la|une|de|des|les|sous|sans|aucune|cette|sa|leur) )\\b(menace|menacent)\\b|',
  '\\b(il|elle|ils|on|qui|electeur|electrice|homme|femme|type|mec|gars|individu|monsieur|',
  'candidat|militant|personne) (la|les|le|me|nous|te) (menace|menacent)\\b|',
  '\\b(est|sont) (menace|menacee|menaces|menacees|agresse|agressee|agresses|frappe|frappee|',
  'frappes) par\\b|',
  '\\b(bagarre|bagarrent|se battent|se tapent|se frappent|frappe|frappent|frapper|taper|',
  'cogne|cognent|cogner|agresse|agressent|agresser|bouscule|bousculent|etrangle|etrangler|',
  'couteau|arme|armes|pistolet|flingue|tout casser|casse tout|cassent tout|',
  '(casse|renverse|arrache|vole) le urne|coups de poing|coups de pied|en decoudre)\\b',
);

/**
 * A threat of a procedure, a closure, a quarrel of candidates, or trouble told as what
 * happens at every election: no one in danger now.
 */
const NOT_TROUBLE_NOW = rx('',
  '\\b(a chaque|chaque (election|elections|scrutin|fois|annee)|souvent|tout le temps|',
  'd habitude|de habitude|en general|toujours des)\\b|',
  '\\b(menace|menacent|menacait) de (fermeture|fermer|suppression|supprimer|sanctions?|',
  'amende|poursuites|poursuivre|porter plainte|plainte|recours|contester|demissionner|',
  'annuler|annulation|appeler|faire appel|ne|voter|boycotter|partir|quitter|se plaindre|',
  'saisir|denoncer)\\b|\\bla bagarre pour\\b|\\bbagarre (politique|electorale|de chiffres)\\b|',
  '\\bbagarre entre (les )?(candidats|listes|partis)\\b',
);

export const NET_ROUND_T82: readonly NetFamily[] = [
  {
    id: 'net-polling-station-trouble',
    situation: 'violence',
    patterns: [POLLING_STATION],
    requires: TROUBLE_THERE,
    unless: NOT_TROUBLE_NOW,
  },
];
