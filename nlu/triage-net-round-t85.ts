import type { NetFamily } from './triage-net-families';
import { CANNOT_HEAR, rx } from './triage-words';

/**
 * Round t85 (two fresh sets: overseas and mountain writers, writers who spell by sound): a
 * head-on crash with people hurt or trapped, told without the word "accident" (18 first);
 * a deaf writer who says so as "moi sourde" (114 first, then 17 when a person threatens);
 * someone fallen or calling for help behind a locked door (18 first: the firefighters force
 * the door, the SAMU comes with them); a child unseen since last night; fireworks that hit
 * the crowd.
 */

/** A crash on the road, however told: "choc frontal", "des tonneaux", "sortie de route". */
const COLLISION = rx('',
  '\\b(choc frontal|chocs frontaux|collision|carambolage|face a face|sortie de route|',
  'accident (grave|de la route|de voiture|de moto|de scooter|de car|de bus|sur (la|le|une|un))|',
  '(a fait|ont fait|fait) (des |un )?tonneaux?|(percute|percutee|percutes) (par|un|une|la|le|',
  'les|contre))\\b',
);

/** Someone hurt or trapped in it now. */
const HURT_OR_TRAPPED = rx('',
  '\\b(blesse|blesses|blessee|blessees|coince|coinces|coincee|coincees|incarcere|incarceree|',
  'incarceres|inconscient|inconsciente|bouge (plus|pas)|respire (plus|pas)|saigne|saignent|',
  'par terre|au sol|mort|morts|morte)\\b',
);

/** "sans blessés", "aucun blessé": the crash is the insurer's. */
const NOBODY_HURT = rx('',
  '\\b(sans (blesses?|gravite|degats corporels)|aucun blesse|personne (de |ne est )?blesse|',
  'que de la tole|juste de la tole|constat)\\b',
);

/** Who writes says they are deaf or mute, the way a short message says it. */
const DEAF_SELF = rx('',
  `\\b(moi|moi je suis|je suis|suis|ici) (${CANNOT_HEAR}|sourd muet|sourde muette)\\b|`,
  `^(${CANNOT_HEAR}|sourd muet|sourde muette)\\b`,
);

/** A stranger inside or forcing the way, a partner's blows: a person threatens now. */
const PERSON_THREAT_NOW = rx('',
  '\\b(homme|hommes|mec|mecs|individu|individus|inconnu|inconnus|quelqu un|cambrioleur|',
  'cambrioleurs|voleur|voleurs)( [a-z]+){0,3} (casse|cassent|force|forcent|defonce|defoncent|',
  'fracture|entre|entrent|rentre|rentrent|essaie|essaye|veut entrer|veulent entrer|tape|',
  'tapent|frappe|frappent|menace|menacent|dans (la |ma )?(maison|chambre|appart|appartement|',
  'cuisine|salon|garage|cave)|chez moi|chez nous|derriere (la|ma) porte)\\b|',
  '\\b(mon mari|mon ex|mon copain|mon conjoint|mon compagnon|ma femme|mon pere|mon fils)',
  '( [a-z]+){0,2} (frappe|tape|cogne|menace|etrangle|bat)\\b',
);

/** Another danger a deaf writer tells: the 114 first, then the danger's own service. */
const OTHER_DANGER = rx('',
  '\\b(feu|fumee|incendie|flammes|gaz|malaise|tombe|tombee|par terre|saigne|inconscient|',
  'inconsciente|respire (plus|pas|mal)|noie|noye|noyee)\\b',
);

/** Fallen, or heard calling for help, on the other side of the door. */
const FALLEN_OR_CALLING = rx('',
  '\\b(est tombee?|sont tombes|a chute|fait une chute|est par terre|par terre|est au sol|',
  '(peut|arrive) (pas|plus) a? ?se relever|',
  '(appelle|appeler|appeller|crie|crier|hurle|gemit|gemir)( a le aide| au secours)|gemit|gemir)\\b',
);

/** The door is locked and nobody outside can open it. */
const LOCKED_DOOR = rx('',
  '\\b(porte (est |etait )?(fermee|ferme|verrouillee|verrouille|bloquee|bloque)|(ferme|fermee) ',
  'a cle|pas (la|de) cle|(peux|pouvons|peut|peuvent) (pas|plus) (entrer|rentrer|ouvrir)|',
  'impossible de (entrer|rentrer|ouvrir)|derriere (sa|la|leur) porte)\\b',
);

/** A child or a teenager not back and unseen: "depuis hier soir personne l'a vu". */
const MINOR_UNSEEN = rx('',
  '\\b(mon fils|ma fille|notre fils|notre fille|mon petit|ma petite|mon ado|le petit|la petite)',
  ' de ([1-9]|1[0-7]) ans( [a-z]+){0,3} (repond plus|ne repond plus|est pas rentre|',
  'est pas rentree|pas rentre|pas rentree|a disparu|introuvable|injoignable)\\b',
);
const SINCE_LAST_NIGHT = rx('',
  '\\b(depuis (hier|hier soir|cette nuit|ce matin|la nuit derniere|la sortie de le college|',
  'la sortie de le lycee)|personne (ne )?(le|la) a vue?|personne la vue?)\\b',
);
const BACK_SAFE = rx('',
  '\\b(est rentree?|est revenue?|retrouvee?|va bien|chez (un|une) (ami|amie|copain|copine))\\b',
);

/** A firework gone into the crowd: read before "feu d'artifice" is dropped as a figure. */
const FIREWORKS = rx('', '\\b(feux? de artifice|fusee|fusees|mortier|mortiers|petard|petards)\\b');
const CROWD_HURT = rx('',
  '\\b(blesse|blesses|blessee|blessees|brule|brules|brulee|brulees|dans la foule|sur la foule|',
  'sur le public|sur les gens|dans le public)\\b',
);

export const NET_ROUND_T85: readonly NetFamily[] = [
  {
    id: 'net-collision-hurt-t85',
    situation: 'road_injury',
    patterns: [COLLISION],
    requires: HURT_OR_TRAPPED,
    unless: NOBODY_HURT,
  },
  {
    id: 'net-deaf-threatened',
    situation: 'hiding',
    patterns: [DEAF_SELF],
    requires: PERSON_THREAT_NOW,
    habitCancels: true,
  },
  {
    id: 'net-deaf-other-danger',
    situation: 'cannot_call',
    patterns: [DEAF_SELF],
    requires: OTHER_DANGER,
  },
  {
    id: 'net-fallen-locked-out',
    situation: 'trapped',
    patterns: [FALLEN_OR_CALLING],
    requires: LOCKED_DOOR,
  },
  {
    id: 'net-fireworks-crowd-hurt',
    situation: 'fire',
    patterns: [FIREWORKS],
    requires: CROWD_HURT,
    beforeIdioms: true,
  },
  {
    id: 'net-minor-unseen-since',
    situation: 'missing_child',
    patterns: [MINOR_UNSEEN],
    requires: SINCE_LAST_NIGHT,
    unless: BACK_SAFE,
  },
];
