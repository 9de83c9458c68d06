import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Someone hurt who cannot move after a fall or an accident: the legs, the back, the neck.
 * Moving them may paralyse them for good, so the rescuers come to them; far away (abroad,
 * off-piste) the far mechanism puts 112 first.
 */
const CANNOT_MOVE = rx('',
  '\\b((ne )?(peut|peux|peuvent|arrive|arrivent|parvient) (plus|pas) (a )?(bouger|remuer|',
  'lever|sentir|plier)( [a-z]+)? (les|ses|mes|la|sa|ma|le|son|mon) (jambes?|pieds?|bras|dos|',
  'cou|nuque|tete|orteils)|',
  '(ne )?(bouge|remue|sent|sens) (plus|pas|rien)( [a-z]+)? (les|ses|mes|dans les|dans ses|',
  'dans mes) (jambes|pieds|orteils|bras)|',
  '(ne )?(sent|sens) (plus|pas|rien) (ses|les|mes|dans ses|dans les|dans mes) ',
  '(jambes|pieds|orteils)|',
  '(mal|douleur|coup) (au|a le|dans le) (dos|cou|nuque)( [a-z]+){0,3} (bouge|peut|arrive) ',
  '(plus|pas))\\b',
);
/** How it happened: a fall, a slope, a ladder, a wall, a road. */
const ACCIDENT = rx('',
  '\\b(accident|chute|chuter|tombe|tombee|tombes|tombees|degringole|degringolee|glisse|',
  'glissee|ski|skieur|skieuse|snow|snowboard|piste|hors piste|escalade|grimpe|parapente|',
  'echelle|echafaudage|toit|arbre|rocher|rochers|falaise|ravin|mur|cheval|velo|vtt|moto|',
  'trampoline|plongeon|plonge|escalier|escaliers|percute|renverse|renversee)\\b',
);
/** Told afterwards: an old injury, a question for the insurance or the rehab. */
const OLD_INJURY = rx('',
  '\\b(assurance|assureur|indemnisation|indemnise|remboursement|reeducation|kine|sequelles|',
  'paraplegique depuis|tetraplegique depuis|fauteuil roulant depuis|depuis (des|plusieurs|',
  'deux|trois|\\d+) (mois|ans|annees)|hiver dernier|saison derniere|ete dernier|',
  'an dernier|annee derniere|il y a (des|deux|trois|quelques|\\d+) (mois|ans|annees)|',
  'quand (il|elle|je|on) (etait|etais|etions) (petit|petite|petits|jeune|jeunes|enfant)|',
  'film|serie|jeu|medecin dit|docteur dit|certificat)\\b',
);

export const NET_IMMOBILE: readonly NetFamily[] = [
  {
    id: 'net-injured-immobile',
    situation: 'medical',
    patterns: [CANNOT_MOVE],
    requires: ACCIDENT,
    unless: OLD_INJURY,
  },
];
