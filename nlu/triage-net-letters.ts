import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Letters written and a wish to be known "before" ("j'ai plus la force, j'ai écrit mes
 * lettres, je voulais que quelqu'un le sache avant"): the farewell family knows letters to
 * named kin; these name none, but the exhaustion or the "avant" says what they are (3114).
 */
const LETTERS_WRITTEN = rx('',
  '\\b(ecrit|redige|prepare|laisse|fini|termine) (mes|des|les|ma|une|mon|un) ',
  '(lettres|lettre|mots|mot|messages|message)\\b|',
  '\\b(mes|les) (lettres|mots) (sont|est) (ecrites?|prets?|pretes?|faits?|finis?)\\b',
);
const WORN_OUT = rx('',
  '\\b(plus la force|plus de force|plus envie|envie de rien|fatiguee? de vivre|',
  'fatiguee? de tout|marre de tout|sache avant|saches avant|sachiez avant|le sache|',
  'avant de partir|avant que je parte|pour apres|apres moi|ce est la fin|la fin|',
  'dire au revoir|je suis prete?|je pars ce soir|je pars cette nuit|ne me en voulez pas|',
  'pardonnez moi|pardon a tous)\\b',
);

export const NET_LETTERS: readonly NetFamily[] = [
  {
    id: 'net-letters-written',
    situation: 'suicide',
    always: true,
    patterns: [LETTERS_WRITTEN],
    requires: WORN_OUT,
    unless: rx('',
      '\\b(motivation|candidature|recommandee|pere noel|reclamation|resiliation|cv|',
      'administration|prefecture|mairie|juge|avocat|assurance|employeur|banque|proprietaire|',
      'correspondant|vacances|anniversaire|mariage|lettre de noel|tribunal|plainte)\\b',
    ),
  },
];
