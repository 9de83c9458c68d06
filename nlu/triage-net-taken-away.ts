import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A relative taken away by burglars, strangers or a group: "cambriolage, ils sont partis
 * mais ils ont emmené ma fille". The burglars gone read as a burglary found, and "emmener"
 * alone is everyday ("il a emmené les enfants à l'école"): the taker named as a group, a
 * stranger or an offender, and a relative as what was taken, make it a kidnapping now.
 */
const TAKER = '(ils|elles|des hommes|(\\d+|deux|trois) (hommes|mecs|types|individus)|'
  + 'des types|des mecs|des inconnus|les cambrioleurs|les voleurs|les agresseurs|'
  + 'les braqueurs|les types|les mecs|les hommes|'
  + 'un homme|un type|un mec|un inconnu|un individu|des individus|des cagoules|cagoules)';

const TAKEN = '(emmene|emmenee|emmenes|emmenees|embarque|embarquee|embarques|enleve|enlevee|'
  + 'enleves|kidnappe|kidnappee|kidnappes|pris|prise|pris avec eux|prise avec eux|emmenant|'
  + 'embarquant|enlevant|kidnappant|prenant)';

const CHILD = '(fille|fils|enfant|enfants|bebe|petite|petit|gamin|gamine|petite fille|'
  + 'petit fils|petite soeur|petit frere|fille de \\d+ ans|fils de \\d+ ans)';

const ADULT = '(femme|mari|soeur|frere|mere|pere|copine|copain|compagne|compagnon|'
  + 'grand mere|grand pere|coloc|amie|ami)';

const taken = (relative: string): RegExp => rx('',
  `\\b${TAKER}( [a-z]+){0,3} (ont|a|l ont|les ont)? ?${TAKEN} (de force )?`,
  `(ma|mon|mes|notre|nos) ${relative}\\b`,
);

/** Taken somewhere ordinary, by someone whose job it is, or long ago. */
const ORDINARY = rx('',
  '\\b(a le ecole|a la ecole|ecole|creche|college|lycee|medecin|docteur|veto|hopital|',
  'urgences|pompiers|ambulance|samu|gendarmes|policiers|police|garde a vue|week end|weekend|',
  'vacances|cinema|piscine|parc|promener|promenade|manger|resto|restaurant|anniversaire|',
  'en photo|photo|photos|equipe|foot|club|match|selection|stage|film|serie|roman|hier|',
  'la semaine derniere|le mois dernier|le an dernier|il y a (\\d+|deux|trois|quelques) ',
  '(jours|semaines|mois|ans))\\b',
);

/** Two lines in the net's list: a child taken is a missing child, an adult a violence. */
export const NET_TAKEN_AWAY: readonly NetFamily[] = [
  {
    id: 'net-child-taken-away',
    situation: 'missing_child',
    patterns: [taken(CHILD)],
    unless: ORDINARY,
  },
  {
    id: 'net-relative-taken-away',
    situation: 'violence',
    patterns: [taken(ADULT)],
    unless: ORDINARY,
  },
];
