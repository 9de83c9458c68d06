import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child's whole message about blows at home, three to seven words and no "now": "papa
 * tape maman", "il frappe maman", "mon beau pere tape ma mere aide". A child writes while
 * it happens and says no more; the longer account with a "now" is net-child-witness's, a
 * habit ("tous les soirs") or a past ("tapait", "hier") is the child-in-danger FAQ and its
 * 119. Read on the whole message, so "papa tape sur son ordi" (no person hit) and "le
 * voisin tapait sa femme avant" (no parent, a past) stay calm.
 */
const OPENING = '((aide|aidez moi|aider moi|au secours|s il vous plait|s il te plait|sos|vite|' +
  'help|allo|bonjour|slt|salut|euh|ya|y a|il y a|madame|monsieur) )*';
/** A child's own words for the grown-ups at home: whoever writes them is a child. */
const CHILD_WORD_PARENT = '(papa|maman|mon papa|ma maman|tonton|le copain de maman|' +
  'le mari de maman|le copain a maman|le cheri de maman)';
/** The same people in an adult's words, who also tells the FAQ's habit ("bat", "frappe"). */
const ADULT_WORD_PARENT = '(mon pere|ma mere|mon beau pere|ma belle mere|mon daron|ma daronne|' +
  'mon parrain|mon oncle|le copain de ma mere|le mari de ma mere|mon grand frere)';
const ANY_BLOWS = '(tape|tap|frappe|frap|bat|cogne|tabasse|etrangle|gifle|claque|fait mal a|' +
  'fait du mal a|donne des coups a|met des coups a|tire les cheveux a|etouffe)';
/** What a child says while it happens; "il bat ma mère" is how the habit is told. */
const BLOWS_NOW = '(tape|tap|cogne|tabasse|etrangle|gifle|claque|donne des coups a|' +
  'met des coups a|tire les cheveux a|etouffe)';
const CHILD_VICTIM = '(maman|ma maman|papa|mon papa|mamie|le bebe|mon bebe)';
const ANY_VICTIM = '(maman|ma maman|ma mere|papa|mon papa|mon pere|ma soeur|mon frere|' +
  'ma petite soeur|mon petit frere|ma grande soeur|mamie|le bebe|mon bebe|ma daronne|moi|nous)';
/** "papa tape fort maman": how hard, between the blow and who takes it. */
const HOW = '( fort| tres fort| trop fort| encore| grave)?';
/** A few words after: a cry for help, a feeling, where; never a story. */
const TAIL = '( [a-z0-9]+){0,4}';
const WHO = `(${CHILD_WORD_PARENT}|${ADULT_WORD_PARENT}|il|elle)( il| elle)?`;

const SHORT_BLOWS = rx('',
  // "papa tape maman", "il frappe maman": the child's words, any blow
  `^${OPENING}(${CHILD_WORD_PARENT}( il| elle)? ${ANY_BLOWS}${HOW} ${ANY_VICTIM}|`,
  `${WHO} ${ANY_BLOWS}${HOW} ${CHILD_VICTIM}|${CHILD_WORD_PARENT}( il| elle)? (la|le|les|me|nous) `,
  `${ANY_BLOWS})${TAIL}$|`,
  // "mon beau père tape ma mère": an adult's words, a blow told as it falls
  `^${OPENING}(${WHO} ${BLOWS_NOW}${HOW} ${ANY_VICTIM}|${ADULT_WORD_PARENT}( il| elle)? `,
  `(la|le|les|me|nous) ${BLOWS_NOW})${TAIL}$`,
);

/** Play or a game, told as such: not blows under way. */
const NOT_BLOWS = rx('',
  '\\b(pour rire|pour jouer|en jouant|pour rigoler|en rigolant|pour de faux|pour de rire|',
  'en riant|a la bagarre|aux jeux|au jeu|a la console|a le jeu|mdr|lol|ptdr|dans le dos|',
  'dans les mains|la main|sur les doigts)\\b',
);

export const NET_CHILD_SHORT: readonly NetFamily[] = [
  {
    id: 'net-child-short-blows',
    situation: 'child_violence',
    habitCancels: true,
    patterns: [SHORT_BLOWS],
    unless: NOT_BLOWS,
  },
];
