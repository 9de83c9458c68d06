import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child of the household hit by an adult of it while the writer is there ("mon copain
 * frappe mon fils de 4 ans là", "mon beau-père est entrain de taper mon frère, il hurle"):
 * the kin on both sides tells a real house, not a game or a fight in the street, and the
 * screams, the "là" or the belt tell it is now. "Mon père tape mon frère" alone may be a
 * habit asked about (the child-protection FAQ); a habit marker still calms it.
 */
const OWN = '(mon|ma|son|sa|notre|leur|le|la)';
const ADULT = `(${OWN} (beau pere|pere|daron|belle mere|mere|daronne|copain|mec|mari|` +
  'compagnon|conjoint|oncle|tante|grand pere|grand mere|grand frere|voisin|voisine|nounou|' +
  'parrain|marraine|copine|femme|beau frere)|papa|maman|tonton)';
const BLOWS = '(frappe|tape|cogne|bat|gifle|tabasse|defonce|fouette|secoue|etrangle|' +
  'brutalise|martyrise|roue de coups|met des (coups|claques|baffes|gifles) a)';
const BLOWS_INF = '(frapper|taper|cogner|battre|gifler|tabasser|defoncer|fouetter|secouer|' +
  'etrangler|brutaliser)';
const YOUNG = '(petit frere|petite soeur|demi frere|demi soeur|frere|soeur|fils|fille|bebe|' +
  'enfant|enfants|gosse|gamin|gamine|petit|petite|cousin|cousine|neveu|niece|bout de chou)';
const LITTLE = 'bebe|petit|petite|gosse|gamin|gamine|enfant|bout de chou|fils|fille|' +
  'petit frere|petite soeur';
const CHILD_OF = `(mon|ma|mes|son|sa|ses|notre|leur|le|la) ${YOUNG}`;

/** The adult hitting the child, in either voice; exported for the media-as-motive calm. */
export const KIN_BLOWS = rx('',
  `\\b${ADULT} (est (en train|entrain) de |est en trai de )?(${BLOWS}|${BLOWS_INF}) `,
  `${CHILD_OF}\\b|`,
  // "il frappe le petit": a pronoun will do when the one hit is plainly a young child
  `\\b(il|elle) (est (en train|entrain) de )?(${BLOWS}|${BLOWS_INF}) ${OWN} (${LITTLE})\\b|`,
  `\\b${CHILD_OF}( de \\d+ ans)? (se fait|est en train de se faire) (${BLOWS_INF}|`,
  `frapper) par ${ADULT}\\b|`,
  // "ma belle-mère enferme mon petit frère dans le placard et le frappe"
  `\\b${ADULT} (enferme|attache|attrape|coince|traine|plaque) ${CHILD_OF}( [a-z0-9]+){0,7} et `,
  `(le|la|les|lui) ${BLOWS}\\b`,
);

/** Signs the blows fall now, or are severe enough not to wait for a question's answer. */
const NOW_SIGNS = rx('',
  '\\b(hurle|hurlent|hurler|crie|crient|crier|pleure|pleurent|pleurer|saigne|sang|urgent|',
  'vite|aidez|aide moi|au secours|maintenant|en ce moment|entrain|en train|par terre|',
  // the writer hiding from the same blows
  '(suis|me suis|sommes) (cache|cachee|caches|planque|planquee)|',
  'arrete pas|arrete plus|on le entend|on la entend|je les entends|je le entends|je entends|',
  'depuis (\\d+|dix|vingt|une demi) (min|mins|minutes|heure)|a coups? de|tres fort|',
  'avec (la|une|sa|son|le|un) (ceinture|baton|cable|fil|balai|manche|chaussure|martinet)|',
  `${YOUNG}( de \\d+ ans)? la|${BLOWS} la|la (il|elle) )\\b`,
);

/**
 * A parent's way of punishing asked about ("quand il fait des bêtises, c'est de la
 * maltraitance ?"): the FAQ's question, whose "de la" is no "là".
 */
export const ASKED_IF_ABUSE = rx('',
  '\\b((ce est|est ce|est ce que ce est|ca est|cest) (de la maltraitance|normal|legal|grave|',
  'permis|autorise|interdit)|(a|ont) le droit de|quand (il|elle) (fait|fais|a|ment|desobeit|',
  'repond|rentre|ramene|oublie))\\b',
);

/** Play, sport or a scuffle between equals: no child harmed. */
const PLAY = rx('',
  '\\b(pour rire|pour jouer|en jouant|chatouille|chatouilles|bataille de|boxe|judo|karate|',
  'entrainement|match|ballon|balle|oreiller|coussin|tape dans la main|tape dans le dos)\\b|',
  ASKED_IF_ABUSE.source,
);

export const NET_KIN_BLOWS: readonly NetFamily[] = [
  {
    id: 'net-kin-hits-child',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [KIN_BLOWS],
    requires: NOW_SIGNS,
    unless: PLAY,
  },
];
