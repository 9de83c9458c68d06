import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "jmen vai pour de bon", "je pars pour toujours, pardon": leaving with no place to go is how some
 * say they will end it (3114 first). A move, a trip or a job names where, when or what is
 * left ("de cette ville", "en vacances", "a Paris", "de ce boulot"), and stays calm.
 */
const LEAVING = rx('',
  '\\bje (me en (vais|vai|vait)|pars|vais partir|vais me en aller|me casse) ',
  '(pour toujours?|pour de bon|',
  'definitivement|a jamais|pour de vrai|loin de tout)\\b',
);

const A_PLACE_OR_A_THING = rx('',
  '\\b(de (cette|ce|la|le|mon|ma|chez)|en (vacances|voyage|france|espagne|erasmus)|a [a-z]{3,}|',
  'au [a-z]{3,}|aux [a-z]{3,}|demenage|demenager|demenagement|boulot|travail|taf|job|ville|',
  'pays|region|appart|appartement|maison|entreprise|boite|reseau|reseaux|facebook|compte|',
  'groupe|club|equipe|valise|billet|avion|train|bateau|mdr|lol|ptdr)\\b',
);

export const NET_GONE_FOREVER: readonly NetFamily[] = [
  {
    id: 'net-gone-forever',
    situation: 'suicide',
    patterns: [LEAVING],
    unless: A_PLACE_OR_A_THING,
  },
];
