import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * A letter written for kin with what it will explain "tomorrow" ("demain ils comprendront")
 * or the wish to tell someone "before": the letters family wants exhaustion words; here the
 * time the letter will be read and the "before" say what it is (3114).
 */
const LETTER_WRITTEN = rx('',
  '\\b(ecrit|redige|prepare|laisse|fini|termine|cache|pose) (mes|des|les|ma|une|mon|un) ',
  '(petite |petit |derniere |dernieres |dernier |longue )?(lettres|lettre|mots|mot)\\b',
);
const READ_LATER = rx('',
  '\\b((demain|bientot|apres|plus tard|un jour|ce soir|cette nuit) (ils|elles|il|elle|tu|vous) ',
  '(comprendront|comprendra|comprendras|comprendrez)|',
  '(comprendront|comprendra|comprendras|comprendrez) (pourquoi|mon choix|mon geste|',
  'que ce etait mieux|que je avais pas le choix)|',
  '(quand|des que) (ils|elles|il|elle|tu|vous) (la|les) (liront|lira|trouveront|trouvera)|',
  'quand je (serai|ne serai) plus la|quand je serai (parti|partie)|',
  '(dire|confier|raconter|parler|sache|sachent|saches|sachiez|savoir)( [a-z]+){0,4} avant$|',
  'avant de (partir|men aller|me en aller|y aller|disparaitre))\\b',
);

export const NET_LETTERS_BEFORE: readonly NetFamily[] = [
  {
    id: 'net-letters-read-later',
    situation: 'suicide',
    always: true,
    patterns: [LETTER_WRITTEN],
    requires: READ_LATER,
    unless: rx('',
      '\\b(motivation|candidature|recommandee|pere noel|reclamation|resiliation|cv|',
      'administration|prefecture|mairie|juge|avocat|assurance|employeur|banque|proprietaire|',
      'correspondant|vacances|anniversaire|mariage|tribunal|plainte|prof|profs|professeur|',
      'absence|excuse|excuses|stage|demenagement|voyage|retraite|depart en|expatrie|',
      'partir en|partir a|partir au|partir aux|surprise|declaration|demande en)\\b',
    ),
  },
];
