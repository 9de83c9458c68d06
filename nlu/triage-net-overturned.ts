import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A vehicle on its roof or in a ditch with someone stuck in it ("la voiture s'est retournée,
 * ma femme est coincée"): the trapped rule wants "coincé dans", and a crash told by its
 * overturned car names no accident.
 */
const OVERTURNED = rx('',
  '\\b(voiture|auto|camion|camionnette|car|bus|moto|vehicule|tracteur|fourgon|van)( [a-z]+){0,3} ',
  '(se est retourne|se est retournee|est sur le toit|a fait (des|un) tonneaux?|est dans le ',
  'fosse|est dans le ravin|a quitte la route|est encastree?|a fini dans le fosse)\\b',
);
const STUCK = rx('',
  '\\b((est|sont|suis|sommes|reste|restent) (coince|coincee|coinces|coincees|bloque|bloquee|',
  'bloques|bloquees|incarcere|incarceree)|(peut|peuvent|arrive|arrivent) (pas|plus) a sortir|',
  'ne peut pas sortir|ne peuvent pas sortir)\\b',
);

export const NET_OVERTURNED: readonly NetFamily[] = [
  {
    id: 'net-overturned-stuck',
    situation: 'road_injury',
    patterns: [OVERTURNED],
    requires: STUCK,
    unless: rx('', '\\b(assurance|constat|garage|depanneuse|fourriere|jeu|maquette|va bien|',
      'vont bien|sain et sauf|saine et sauve|plus de peur que de mal)\\b'),
  },
];
