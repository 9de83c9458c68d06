import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative said in danger, in a few words ("ma fille est en danger", "mon fils est en
 * danger aidez moi"): the call-for-help rule reads "je suis en danger" only, and the net
 * wanted the writer in danger. The police first. A stake ("en danger de redoubler") is
 * removed as an idiom before the net reads, and school, health and online worries stay the
 * FAQ: "en danger à l'école ? il se fait harceler" asks about bullying, told as a question.
 */
const KIN = '(fille|fils|enfant|enfants|bebe|mere|pere|maman|papa|soeur|frere|femme|mari|' +
  'copine|copain|compagne|compagnon|conjoint|conjointe|grand mere|grand pere|mamie|papi|' +
  'petite fille|petit fils|famille|gamin|gamine|ado|petit|petite|niece|neveu|oncle|tante|' +
  'cousin|cousine|fiancee|fiance|meuf|mec)';

const KIN_IN_DANGER = rx('',
  `\\b(ma|mon|mes|notre|nos) ${KIN}( (il|elle|ils|elles))? (est|sont|et|es) `,
  '(en|en tres|en grand|en grave|en serieux) (danger|dange|dangers)\\b',
  // a stake the idioms missed, or where: "en danger scolaire", "en danger sur internet"
  '(?! (de (?!mort)|scolaire|sur|a le ecole|au college|au lycee|en ligne|si|quand|avec ',
  '(son|ses) (notes|poids)))',
);

/** School, health, screens and rights: worries for the FAQ, not a patrol now. */
const WORRY = rx('',
  '\\b(ecole|college|lycee|scolaire|harcele|harcelee|harceler|harcelement|internet|reseaux|',
  'ecrans|jeux video|redoubler|notes|regime|sante|cholesterol|poids|diabete|tension|',
  'administrativement|financierement|expulsion|logement|garde|juge|dossier|comment savoir|',
  'est ce que|est il|est elle|pensez vous|selon (sa|son|la|le))\\b',
);

export const NET_KIN_DANGER: readonly NetFamily[] = [
  {
    id: 'net-kin-in-danger',
    situation: 'violence',
    patterns: [KIN_IN_DANGER],
    unless: WORRY,
  },
];
