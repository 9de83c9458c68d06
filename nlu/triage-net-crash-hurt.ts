import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A car crashed into a tree, a wall or a ditch, someone hurt or trapped in it now: "il
 * était saoul, il a percuté un arbre avec les enfants, ma fille est coincée". The road
 * rule reads "était" as a past and the road families want a person run over; here the
 * crash is told by what the car hit, and the hurt by the present tense (18 first). Dates,
 * insurers and hospital stays tell yesterday's crash.
 */
export const CRASH = rx('',
  '\\b((percute|percutee|heurte|heurtee|embouti|emboutie|encastre|encastree|plante|plantee|',
  'pris|tape)( [a-z]+){0,2} (arbre|platane|mur|muret|poteau|pylone|glissiere|rambarde|parapet|',
  'barriere|camion|bus|tracteur|maison|facade|vitrine|abribus|rocher|talus|pile de pont)|',
  '(fini|finit|termine|tombe|tombee|est|sommes|sont|suis) dans (le|un) (fosse|ravin|canal|',
  'ruisseau|etang)|(sorti|sortie|sortis|sorties) de (la )?route|(fait|a fait) (un|des|',
  'plusieurs) tonneaux?|(voiture|bagnole|caisse) (sur le toit|retournee|renversee))\\b',
);

const HURT_NOW = rx('',
  '\\b((est|sont|suis|sommes) (blesse|blessee|blesses|blessees|coince|coincee|coinces|',
  'coincees|bloque|bloquee|inconscient|inconsciente|incarcere|incarceree|en sang)|saigne|',
  'saignent|respire (mal|plus|pas)|bouge (plus|pas)|a mal|ont mal|crie de douleur|',
  'perd connaissance|evanoui|evanouie)\\b',
);

const YESTERDAY = rx('',
  '\\b(hier|avant hier|le an dernier|la semaine derniere|le mois dernier|assurance|assureur|',
  'constat|expert|garage|plainte|indemnisation|convalescence|sorti de le hopital|',
  'il y a (\\d+|deux|trois|quatre|cinq|quelques|plusieurs) (jours|semaines|mois|ans))\\b',
);

export const NET_CRASH_HURT: readonly NetFamily[] = [
  {
    id: 'net-crash-hurt-now',
    situation: 'road_injury',
    always: true,
    patterns: [CRASH],
    requires: HURT_NOW,
    unless: YESTERDAY,
  },
];
