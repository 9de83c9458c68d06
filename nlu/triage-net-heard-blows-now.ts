import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Blows heard now through a wall or a floor, with a scream ("ce soir j'entends son copain
 * qui hurle, des bruits de coups, elle crie arrête arrête"): a neighbour beaten this minute
 * (17). Neighbours' rows told before it ("ils se disputent souvent") read as a habit and
 * used to calm it: the hearing is in the present and anchored (ce soir, là, en ce moment)
 * or carries her plea. Blows heard every evening, hammering and the football stay calm.
 */

/** I hear, now: "j'entends", "on entend", "jentend". */
const HEAR = '\\b(je entends|je entend|jentend|jentends|on entend|on entends|nous entendons)';

/** Blows, through the wall: "des coups", "il la frappe", "ça cogne". */
const BLOWS = '(coups|coup|frappe|frapper|frappes|tape|taper|cogne|cogner|gifle|gifles|' +
  'claques|tabasse|tabasser|bat|battre|se fait (taper|frapper|battre|tabasser))';

const HEARD_BLOWS = rx('', `${HEAR}( [a-z]+){0,10} ${BLOWS}\\b`);

/** Anchored now, or her plea heard: "arrête", "au secours", "tu me fais mal". */
const NOW_OR_PLEA = rx('',
  '\\b(ce soir|cette nuit|maintenant|en ce moment|actuellement|a le instant|la tout de suite|',
  'la (je|on) (entends|entend)|(je|on) (entends|entend) la|depuis (\\d+|cinq|dix|quinze|',
  'vingt|trente) (min|minutes)|arrete|arretes|au secours|a le aide|aide moi|aidez moi|',
  'tu me fais mal|lache moi|laisse moi|pitie|elle supplie|il va la tuer)\\b',
);

/** Hearing every evening is the FAQ; tools, music, a ball and a screen are no person. */
const HABIT_OR_THING = rx('',
  '\\b((tous les (soirs|jours|week ends|matins)|toutes les nuits|chaque (soir|nuit|jour|fois)|',
  'souvent|parfois|regulierement|tout le temps|de temps en temps)( (?!(la|mais|ce|et la)\\b)',
  '[a-z]+){0,2} ',
  '(je|on) (entends|entend)|(je|on) (entends|entend)( [a-z]+){0,2} (souvent|parfois|',
  'regulierement|tous les soirs|toutes les nuits|chaque soir)|',
  'coups de (marteau|masse|perceuse|pied dans le ballon|ballon|balai|tonnerre|klaxon)|',
  'travaux|bricole|bricolage|perceuse|musique|basses|feux de artifice|petards)\\b',
);

export const NET_HEARD_BLOWS_NOW: readonly NetFamily[] = [
  {
    id: 'net-heard-blows-now',
    situation: 'violence',
    always: true,
    patterns: [HEARD_BLOWS],
    requires: NOW_OR_PLEA,
    unless: HABIT_OR_THING,
  },
];
