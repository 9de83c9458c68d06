import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A young child long past the hour they were due home, and nobody has seen them ("ma fille
 * de 8 ans devait rentrer de l'école à 16h30, il est 19h et personne ne l'a vue"): the
 * search must start tonight (17), not with the missing-person page. The parent rarely writes
 * "disparu": the hour that was expected and the hour it is now say it. A teenager's usual
 * lateness, a child back late yesterday or an adult son late for dinner stay calm.
 */

/** Fifteen or younger (a collégien not home is no usual lateness), or a child's word. */
const CHILD = rx('',
  '(?<!\\b(il y a|depuis|ca fait|pendant|y a) )\\b(([1-9]|1[0-5]) ?(ans|an|mois)|(un|deux|',
  'trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze) (ans|an))\\b|',
  '\\b(ma petite|mon petit|ma puce|mon petit garcon|ma petite fille|petit frere|petite soeur|',
  'ptit|ptite|petiot|petiote)\\b|',
  '\\b(fils|fille|enfant|gamin|gamine|gosse|neveu|niece|garcon)\\b.*\\b(ecole|maternelle|',
  'primaire|college|collegien|collegienne|cantine|garderie|centre de loisirs|centre aere|',
  'bus scolaire|car scolaire|cm1|cm2|',
  'ce1|ce2|cp|la maitresse|le maitre)\\b',
);

/** The hour they were due: "devait rentrer", "aurait dû être là", "toujours pas rentrée". */
const DUE = rx('',
  '\\b((devait|devais|devai|doit|aurait du|aurait (du|pu) deja|devrait) (etre |deja etre )?',
  '(rentrer|rentre|rentree|revenir|revenu|revenue|arriver|arrive|arrivee|la|a la maison|',
  'chez nous|a le maison)|(toujours|encore|est toujours|est encore|ne est toujours|ne est ',
  'encore|est) pas (rentre|rentree|rentrer|revenu|revenue|arrive|arrivee|la|a la maison)|',
  '(ne est|est) (pas|jamais) (rentre|rentree|rentrer|revenu|revenue|arrive|arrivee))\\b',
);

/** Long past that hour, and no trace: "il est 19h", "personne ne l'a vue", phone off. */
const OVERDUE = rx('',
  '\\b((il est|il et|ile) (\\d{1,2} ?h(\\d\\d)?|\\d{1,2} heures|minuit|tard)|',
  '(depuis|il y a|y a) (\\d+|une|deux|trois|quatre|cinq|six|plus de \\d+|plus de une) ?',
  '(h|heure|heures)|',
  '(\\d+|une|deux|trois|quatre) ?(h|heure|heures) de retard|',
  '(ca fait|cela fait) (\\d+|une|deux|trois|quatre|cinq|six) ?(h|heure|heures)|',
  'personne (ne )?(le|la|l) (a|as) (vu|vue)|personne (ne )?(le|la) (voit|trouve)|',
  '(copines|copains|copine|copain|amis|amies|potes|maitresse|chauffeur|voisins|parents) ',
  '(ne )?(le|la|l) (ont|a) (pas|plus|jamais) (vu|vue)|(ne )?(repond|decroche) (pas|plus)|',
  '(tel|telephone|portable) (est |reste )?(eteint|coupe|sur messagerie)|messagerie|',
  'injoignable|sonne dans le vide|nuit tombe|fait nuit|on le cherche|on la cherche)\\b',
);

/** Home at last, or what happened told afterwards. */
const BACK_HOME = rx('',
  '\\b((est|vient de|viennent de) (rentre|rentree|revenu|revenue|arrive|arrivee|rentrer|',
  'revenir|arriver)|(le|la) (avons|ai|a|ont) (retrouve|retrouvee)|a ete (retrouve|retrouvee)|',
  'etait chez|fausse alerte|finalement|quelques minutes|un peu en retard|',
  '(inquiete|inquiet|inquiets|inquietes) un peu|un peu (inquiete|inquiet|inquiets)|',
  '(\\d+|cinq|dix|quinze|vingt) ?(min|mn|minutes) de retard)\\b',
);

/** The hour due and the hour now, either first; the child is the family's second cue. */
const DUE_AND_OVERDUE = rx('',
  `^(?=.*${DUE.source}).*${OVERDUE.source}|^(?=.*${OVERDUE.source}).*${DUE.source}`,
);

export const NET_CHILD_OVERDUE: readonly NetFamily[] = [
  {
    id: 'net-child-overdue',
    situation: 'missing_child',
    habitCancels: true,
    patterns: [DUE_AND_OVERDUE],
    requires: CHILD,
    unless: BACK_HOME,
  },
];
