import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * The one who attacked, beat or threatened the writer is back, there now ("l'homme qui m'a
 * frappée hier est devant chez moi", "celui qui nous a agressés revient", "le gars qui m'a
 * menacé sonne à la porte"): violence about to happen again, the police first.
 * The past of the clause only names him (triage-doer.ts keeps it out of the time).
 */
const ATTACKED = '(agresse|agressee|agresses|agressees|frappe|frappee|frappes|tabasse|' +
  'tabassee|tabasses|battu|battue|cogne|cognee|menace|menacee|menaces|harcele|harcelee|' +
  'viole|violee|poignarde|poignardee|attaque|attaquee|etrangle|etranglee|braque|braquee|' +
  'frappe ma fille|frappe mon fils)';

const HERE = '((est|sont) (la|ici|dehors|en bas|sur le palier|sur mon palier|dans le hall|' +
  'dans la cour|dans le jardin|dans mon jardin|au portail|derriere (ma|la|notre) porte|' +
  'devant (chez moi|chez nous|ma porte|' +
  'la porte|la maison|le portail|mon immeuble|le immeuble|mon travail|le magasin|la boutique|' +
  'le ecole))|revient|reviennent|est revenu|sont revenus|rode|rodent|sonne|sonnent|' +
  'frappe a la porte|frappe a ma porte|tape a la porte|tambourine|attend (en bas|dehors|' +
  'devant)|attendent (en bas|dehors|devant)|me suit|nous suit|essaie de entrer|veut entrer|' +
  'est entre|sont entres|debarque|debarquent)';

export const NET_DOER_HERE: readonly NetFamily[] = [
  {
    id: 'net-attacker-back-here',
    situation: 'violence',
    habitCancels: true,
    patterns: [
      rx('', '\\bqui (me |m |nous |te |la |le |les |lui )?(a|ont|avait|avaient) (deja )?',
        ATTACKED, '\\b( [a-z0-9]+){0,7}? ', HERE, '\\b'),
    ],
    unless: rx('',
      '\\b(en prison|au tribunal|a le tribunal|proces|audience|jugement|condamne|juge|',
      'film|serie|roman|reve|cauchemar|jeu)\\b'),
  },
];
