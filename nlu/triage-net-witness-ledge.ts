import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Anyone a witness sees about to jump ("une femme est sur le toit elle menace de sauter",
 * "mon voisin est sur le rebord au 5eme et veut sauter"): someone must be held back at the
 * drop, so the police first, then 3114, 15 and 112 (suicide_with_others), as for a relative
 * on a ledge (triage-net-kin-ledge.ts, whose short gaps miss "au 5eme et veut"). The
 * writer's own "je vais sauter" names nobody else and keeps 3114 first. A young child
 * climbing (child_height) names no wish to jump; a parachute or a rope names the game.
 */
/**
 * Someone only a witness on the spot can tell about: a stranger said to be there. A bare
 * "elle est sur le pont" may be told by phone: the suicide line keeps the lead.
 */
const STRANGER = '((un|une|1) (homme|femme|mec|type|gars|fille|jeune|ado|adolescent|' +
  'adolescente|garcon|monsieur|dame|personne|individu|inconnu|inconnue|etudiant|etudiante|' +
  'vieux|vieille|nana|meuf|sdf|passant|passante|client|cliente|lyceen|lyceenne)|' +
  'quelqu un|quelque un|qqn)';
const WHO = `(${STRANGER}|(mon|ma|notre|le|la) (voisin|voisine|collegue|coloc|colocataire|` +
  'locataire|pote|ami|amie|copain|copine|frere|soeur|pere|mere|mari|femme|fils|fille|ado|' +
  'cousin|cousine|oncle|tante))';

/** Said of the drop: the act itself, not a wish to go there ("il veut aller au pont"). */
const JUMP = '(?<!\\b(a|avait) )(veut|va|menace de|menace|parle de|dit que il va|' +
  'dit que elle va|essaie de|essaye de|est en train de|se apprete a|est sur le point de|' +
  'a le air de vouloir|semble vouloir|crie que il va|crie que elle va|hurle que il va|' +
  'hurle que elle va|compte) ' +
  '(sauter|se jeter|se defenestrer|se balancer|se laisser tomber|se lancer dans le vide|' +
  'se suicider|en finir)';

const DROP = '(fenetre|balcon|rebord|rambarde|parapet|garde corps|balustrade|toit|pont|' +
  'falaise|viaduc|immeuble|etage|vide|terrasse|corniche|passerelle|grue|pylone|barrage|' +
  '\\d+e|\\d+eme)';

/** At the drop now: "est assis sur le parapet", "est au bord du toit", "a enjambe". */
const ON_DROP = '(((est|se trouve|se tient|reste) )?((assis|assise|debout|monte|montee|' +
  'accroche|accrochee|perche|perchee|penche|penchee|grimpe|grimpee|en equilibre) )?' +
  '(sur|au bord de|au bord du|au bord des|de le autre cote de|a califourchon sur)|' +
  '(a enjambe|enjambe|escalade|a escalade))( [a-z0-9]+){0,4} ' + DROP;

/**
 * At the drop with a wish to jump, or a stranger's wish to jump near a drop ("un homme a
 * l'air de vouloir sauter du pont"): a relative's wish alone may come by phone (3114 first).
 */
const WITNESS_LEDGE = rx('',
  `^(?=.*\\b${JUMP}\\b).*\\b${WHO}( [a-z0-9]+){0,3} ${ON_DROP}\\b|`,
  `^(?=.*\\b${DROP}\\b).*\\b${STRANGER}( [a-z0-9]+){0,6} ${JUMP}\\b|`,
  `\\b${STRANGER}( [a-z0-9]+){0,3} (est|se tient) de le autre cote (de la|de le|du) `,
  '(rambarde|parapet|garde corps|balustrade|barriere)\\b',
);

/** A game, a sport, a pet, a threat already over: no one to hold back now. */
const NO_ONE_AT_RISK = rx('',
  '\\b(piscine|parachute|parapente|elastique|trampoline|plongeoir|base jump|wingsuit|',
  'saut en|corde a sauter|pour rire|mdr|lol|ptdr|chat|chaton|chien|chiot|oiseau|perroquet|',
  'perruche|pigeon|lapin|singe|ecureuil|',
  // over: yesterday's threat, someone brought back
  'hier|avant hier|la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|trois|',
  'quelques) (jours|semaines|mois|ans)|va mieux|a ete sauve|a ete sauvee|a ete rattrape|',
  'a ete rattrapee)\\b',
);

export const NET_WITNESS_LEDGE: readonly NetFamily[] = [
  {
    id: 'net-witness-ledge',
    situation: 'suicide_with_others',
    patterns: [WITNESS_LEDGE],
    unless: NO_ONE_AT_RISK,
  },
];
