import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Someone fallen into a pit who does not come up (a slurry pit, a well, a silo, a tank), or
 * buried under a collapse (a trench, a quarry face, "un gars est dessous"): a rescue first,
 * 18, then the 15 as the trapped companion. No fire word, no "blessé" in these messages.
 */
const PIT = '(fosse|fosse a lisier|fosse septique|puits|silo|cuve|citerne|trou|regard|' +
  'bassin|bassin de decantation|cuve a vin|cuve de fioul|tremie|egout|bouche de egout)';
const FELL_IN = rx('',
  `\\b(tombe|tombee|tombes|glisse|glissee|chute|bascule|basculee|descendu|descendue) `,
  `(dans|au fond de|au fond du) (la|le|une|un|notre|sa|son) ${PIT}\\b`,
);
const NOT_UP = rx('',
  '\\b(remonte (pas|plus)|ne remonte|ressort (pas|plus)|ne ressort|repond (pas|plus)|ne repond|',
  'bouge (pas|plus)|ne bouge|voit (plus|pas)|vois (plus|pas)|plus de reponse|coince|coincee|',
  'inconscient|inconsciente|evanoui|evanouie|respire|gaz|emanations|appelle|crie|au fond)\\b',
);
const BURIED = rx('',
  '\\b(eboulement|effondrement|glissement de terrain|la tranchee (se est )?effondree|',
  'tranchee effondree|le mur se est effondre|front de taille|la galerie se est effondree)\\b',
  '.*\\b(dessous|enseveli|ensevelie|ensevelis|sous les gravats|sous la terre|sous les pierres|',
  'sous les blocs|coince|coincee|coinces|bloque|bloques|pris dessous|on le voit plus)\\b|',
  '\\b(un|une|le|la|deux|trois) (gars|ouvrier|ouvriere|collegue|collegues|homme|mec|type|',
  'personne|gamin|enfant)( [a-z]+){0,3} (est|sont) (dessous|enseveli|ensevelie|ensevelis)\\b',
);

export const NET_PIT: readonly NetFamily[] = [
  {
    id: 'net-pit-fallen',
    situation: 'trapped',
    patterns: [FELL_IN],
    requires: NOT_UP,
    unless: rx('', '\\b(telephone|portable|cles|clef|cle|ballon|doudou|bague|chat|chien|',
      'vache|veau|mouton|chevre|jouet|seau|lunettes|comment (on )?(securise|proteger)|',
      'norme|normes|reglementation|couvercle|grille de protection|assurance)\\b'),
  },
  {
    id: 'net-pit-buried',
    situation: 'trapped',
    patterns: [BURIED],
    unless: rx('', '\\b(personne (na|ne a|de) (ete )?(blesse|touche)|aucun blesse|sans blesse|',
      'personne dessous|pas de victime|aucune victime|route coupee|la route|exercice|',
      'arrete de prefecture|assurance|catastrophe naturelle)\\b'),
  },
];
