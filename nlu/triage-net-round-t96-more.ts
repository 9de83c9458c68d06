import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t96, its other misses: a child telling of sexual abuse in their own words ("mon
 * beau-père me touche la nuit j'ai 12 ans"), a younger sister touched by the mother's partner,
 * a confused or diabetic adult gone without a treatment and not found.
 */

/** The adults a child names: family, the mother's partner, school, club, neighbours. */
const ADULT = '(beau pere|beau frere|oncle|tonton|grand pere|papi|papy|pere|papa|parrain|' +
  'cousin|grand frere|demi frere|frere|voisin|nounou|baby sitter|babysitter|surveillant|pion|' +
  'prof|professeur|maitre|entraineur|coach|moniteur|animateur|educateur|pretre|cure|' +
  'chauffeur du bus|chauffeur du car|copain de (ma mere|maman)|mec de (ma mere|maman)|' +
  'compagnon de (ma mere|maman)|ami de (mes parents|papa|maman)|homme|monsieur)';

/** What the child says is done to them. */
const DONE_TO_ME = '(me touche|me touchent|me tripote|me tripotent|me caresse|me pelote|' +
  // told as done: "il m'a touché là où il faut pas" (tester27)
  'me a touche|me a touchee|me a tripote|me a tripotee|me a caresse|me a caressee|' +
  'me a viole|me a violee|me a fait des choses|me a fait des trucs|' +
  'me viole|me force|me fait des choses|me font des choses|me fait des trucs|' +
  'me fait des attouchements|me font des attouchements|abuse de moi|vient dans mon lit|' +
  'met sa main dans ma culotte|met la main dans ma culotte|me montre son zizi|' +
  'me montre son sexe|me oblige a le toucher)';

const CHILD_SAYS_ABUSE = rx('', `\\b${ADULT}( [a-z]+){0,3} ${DONE_TO_ME}\\b`);

/** The writer is a child: an age under 16, a school class. */
const CHILD_WRITER = rx('',
  '\\b(je ai|jai|g|jai que) ([5-9]|1[0-5]|cinq|six|sept|huit|neuf|dix|onze|douze|treize|',
  'quatorze|quinze) ans\\b|\\b(je suis|jsuis|chui) (au college|en (6e|5e|4e|3e|sixieme|',
  'cinquieme|quatrieme|troisieme|cm1|cm2|ce2)|a le ecole|en primaire|au primaire)\\b',
);

/** A hand on the shoulder, a fever checked, a tickle, a game; a past told as over. */
const INNOCENT = rx('',
  '\\b(epaule|front|bras|cheveux|fievre|temperature|chatouille|chatouilles|jeu|ballon|',
  'bonjour|bisou sur la joue|pour me consoler|quand je etais petite?|quand je avais|',
  'il y a (\\d+|quelques|plusieurs|deux|trois) ans|lol|mdr|expose|roman|film|serie)\\b',
);

/** The abuse told as going on now or tonight: the police first. */
const CHILD_SAYS_ABUSE_NOW = rx('',
  `\\b${ADULT}( [a-z]+){0,3} ${DONE_TO_ME}( [a-z0-9]+){0,6} (maintenant|en ce moment|`,
  'ce soir|cette nuit|il est la|il est dans ma chambre|il est seul avec moi|il est encore la|',
  'il est encore chez nous|il est encore a la maison|il est a la maison|il est toujours la)\\b',
);

const SIBLING = '(ma|mon) (petite soeur|petit frere|soeur|frere|demi soeur|niece|neveu|' +
  'petite cousine|petit cousin)';

/** "ma petite soeur 8 ans le copain de ma mere la touche": the younger one touched. */
const SIBLING_TOUCHED = rx('',
  `\\b${SIBLING}( [a-z0-9]+){0,4} (le|son|mon|notre|un|la) ${ADULT}( [a-z]+){0,2} `,
  '(la|le|lui) (touche|touchent|tripote|tripotent|pelote|viole|caresse|fait des choses|',
  'fait des attouchements)\\b',
);

/** A sibling's words relayed ("ma nièce m'a dit que"): the child line first, elsewhere. */
const SIBLING_CALM = rx('',
  `${INNOCENT.source}|\\b(dit|dis|raconte|confie|avoue|ecrit|explique) (que|qu|ke)\\b`,
);

/** Gone without the treatment that keeps them well. */
const GONE_UNTREATED = '(parti|partie|sorti|sortie|disparu|disparue|a quitte|a fugue|' +
  'en vadrouille) sans (son|sa|ses) (traitement|traitements|medicaments|medocs|insuline|' +
  'pompe|stylo|cachets|injection)';

/** Not found: "on le trouve pas", "introuvable", "je sais pas où il est". */
const NOT_FOUND = '((on|je|nous|personne) (ne )?(le|la|les) (trouve|retrouve|voit) (pas|plus)|' +
  'introuvable|(je|on) (sais|sait) pas ou (il|elle) est|aucune nouvelle|pas de nouvelles)';

/**
 * Both in one match, either order: "sans" before "on le trouve pas" reads as its negation,
 * so the second cue cannot be a `requires` of its own.
 */
const GONE_UNTREATED_UNFOUND = rx('',
  `\\b${GONE_UNTREATED}( [a-z]+){0,8} ${NOT_FOUND}\\b|`,
  `\\b${NOT_FOUND}( [a-z]+){0,8} ${GONE_UNTREATED}\\b`,
);

/** Found again, or the treatment can wait: the pharmacy question. */
const UNTREATED_CALM = rx('',
  '\\b((on|je|nous|la police|les gendarmes) (le|la|l) (a|ai|avons|ont) retrouvee?|',
  'est (rentre|rentree|revenu|revenue)|pharmacie|pharmacien|ordonnance|en vacances|',
  'en voyage|au travail|au boulot)\\b',
);

export const NET_ROUND_T96_MORE: readonly NetFamily[] = [
  {
    id: 'net-child-tells-own-abuse',
    situation: 'child_neglect',
    patterns: [CHILD_SAYS_ABUSE],
    requires: CHILD_WRITER,
    unless: INNOCENT,
    always: true,
  },
  {
    id: 'net-child-tells-own-abuse-now',
    situation: 'child_violence',
    patterns: [CHILD_SAYS_ABUSE_NOW],
    requires: CHILD_WRITER,
    unless: INNOCENT,
    always: true,
  },
  {
    id: 'net-sibling-touched-by-adult',
    situation: 'child_violence',
    patterns: [SIBLING_TOUCHED],
    unless: SIBLING_CALM,
    always: true,
  },
  {
    id: 'net-gone-without-treatment',
    situation: 'missing_care',
    patterns: [GONE_UNTREATED_UNFOUND],
    unless: UNTREATED_CALM,
    always: true,
  },
];
