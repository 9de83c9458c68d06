import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A child told about by a classmate, a friend, a neighbour or a teacher: marks of abuse
 * seen, and the child will not or dares not go home tonight. The blows are not under way;
 * tonight's are: the child line first, the police next.
 */
const CHILD_SEEN = rx('',
  '\\b(une fille|un garcon|une eleve|un eleve|une ado|un ado|la petite|le petit|une gamine|',
  'un gamin|une copine|un copain|une amie|un ami|mon pote|ma pote|une camarade|un camarade|',
  'ma camarade|mon camarade|ma copine|mon copain|ma meilleure amie|mon meilleur ami|',
  'ma classe|sa classe|ma voisine de \\d+ ans|mon voisin de \\d+ ans|le fils|la fille|',
  '(il|elle) a (\\d+|onze|douze|treize|quatorze|quinze|seize|dix) ans|ma niece|mon neveu|',
  'un de mes eleves|une de mes eleves|mon eleve|mon eleve|en classe|au college|au lycee|',
  'a le ecole|la maitresse|le prof|la prof)\\b',
);
/** Marks the writer saw or was shown: burns, bruises, a black eye, belt marks. */
const MARKS = rx('',
  '\\b(brulures?|brule|brulee|bleus|bleu|hematomes?|marques|traces de coups|traces|cocard|',
  'coquard|oeil au beurre noir|oeil noir|cicatrices|griffures|lacerations|coups de ceinture|',
  'marques de ceinture|levre fendue|plein de bleus|couvert de bleus|couverte de bleus)\\b',
);
const NO_HOME = '(veut|veux|voulait|ose|osait|peut) (pas|plus) (rentrer|retourner|aller)|' +
  '(a|avait) (trop |tellement |tres )?peur de (rentrer|retourner)|refuse de (rentrer|retourner)|' +
  '(supplie|suppliait|demande|demandait) de (pas|ne pas) (la |le )?(rentrer|ramener|renvoyer)|' +
  'veut (dormir|rester) (chez (moi|nous)|ici|a la maison)';
const TONIGHT = '(ce soir|cette nuit|tout a le heure|apres les cours|a la sortie|maintenant|' +
  'aujourd hui|tout de suite)';
/** Won't go home, and it is tonight: the order of the words is the writer's. */
const DREADS_TONIGHT = rx('',
  `\\b(${NO_HOME})( [a-z]+){0,5} ${TONIGHT}\\b|\\b${TONIGHT}( [a-z]+){0,5} (${NO_HOME})\\b`,
);
/** Told once it is over or as a question about a pattern: the FAQ and the 119 by day. */
const REPORTED_ALREADY = rx('',
  '\\b(deja signale|deja signalee|a ete signale|a ete signalee|on a signale|ai signale|',
  'le annee derniere|le an dernier|il y a (des|deux|trois|quelques|\\d+) (mois|ans)|',
  'place en foyer|placee en foyer|ase|juge des enfants|film|serie|roman|',
  '(a cause|suite a|en faisant) ',
  '(du |de la |de le |des )?(rugby|foot|judo|sport|karate|boxe|hand|basket|velo|chute|match))\\b',
);

export const NET_MARKS_TONIGHT: readonly NetFamily[] = [
  {
    id: 'net-marks-dreads-tonight',
    situation: 'child_neglect',
    patterns: [DREADS_TONIGHT],
    requires: rx('', `^(?=.*${MARKS.source}).*${CHILD_SEEN.source}`),
    unless: REPORTED_ALREADY,
  },
];
