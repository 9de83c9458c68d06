import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative about to jump now, told by the one beside them: "mon mari est sur la rambarde,
 * il veut se jeter". Someone at the drop must be held back before anything: the police
 * first, then 3114, 15 and 112 (suicide_with_others), as for a relative on a roof. A threat
 * with no one at the drop yet keeps the suicide line first. The writer's own "je vais sauter"
 * names no relative and keeps 3114. A jump into a pool, with a parachute or a rope names
 * the game, not a drop.
 */
const KIN = '(mon|ma|notre) (fils|fille|mari|femme|copain|copine|frere|soeur|pere|mere|ado|' +
  'enfant|petit|petite|pote|ami|amie|compagnon|compagne|conjoint|conjointe|colocataire|coloc|' +
  'voisin|voisine|cousin|cousine|neveu|niece|oncle|tante|grand pere|grand mere|beau pere|' +
  'belle mere|gamin|gamine|ex)';
const JUMP = '(veut|va|menace de|parle de|dit que il va|dit que elle va|essaie de|essaye de|' +
  'est en train de) (sauter|se jeter|se defenestrer|se balancer|se laisser tomber)';
const DROP = '(fenetre|balcon|rebord|rambarde|parapet|garde corps|toit|pont|falaise|viaduc|' +
  'immeuble|etage|vide|terrasse|corniche)';

/** At the drop now: a threat alone ("menace de se jeter") is the suicide line's first. */
const THERE = '(sur (le|la|les) [a-z]+|au bord|a enjambe|enjambe|de le autre cote|' +
  'penche|penchee|assis|assise|debout|dehors|accroche|accrochee|a ouvert la fenetre|' +
  '(je|on) (le|la) tiens?|' +
  'est monte|est montee|suspendu|suspendue|pendu dans le vide)';

const KIN_ON_LEDGE = rx('',
  `^(?=.*\\b${THERE}\\b)(?=.*\\b${DROP}\\b).*\\b${KIN}\\b(.* (il|elle))?( [a-z]+){0,2} `,
  `${JUMP}\\b|`,
  `\\b${KIN}( [a-z]+){0,2} (a enjambe|enjambe|est assis sur|est debout sur|est penche par) `,
  `(la|le) ${DROP}\\b`,
);

const A_GAME = rx('',
  '\\b(piscine|parachute|elastique|trampoline|plongeoir|lac|riviere pour se baigner|',
  'saut en|haies|cheval|corde a sauter|pour rire|en riant|mdr|lol)\\b',
);

export const NET_KIN_LEDGE: readonly NetFamily[] = [
  {
    id: 'net-kin-ledge',
    situation: 'suicide_with_others',
    patterns: [KIN_ON_LEDGE],
    unless: A_GAME,
  },
];
