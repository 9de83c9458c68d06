import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Held in a moving vehicle by its driver ("je suis dans un taxi, le chauffeur refuse de
 * s'arrêter et prend une route bizarre", "le VTC veut pas me laisser descendre"): the
 * passenger is taken somewhere against their will, so the police now (17, 112), not the
 * road-accident page. A refusal told afterwards ("a refusé de s'arrêter hier") or a missed
 * stop is a complaint, not a kidnapping.
 */
const RIDE = '(taxi|taxis|vtc|uber|bolt|heetch|chauffeur|chauffeuse|conducteur|conductrice|' +
  'bus|car|autocar|navette|camion|camionnette|covoiturage|blablacar|voiture|ambulance)';

/** The refusal said now: "a refusé" (told afterwards) is left out. */
const REFUSES = '(?<!\\b(a|avait|ont|avaient) )(refuse|refusent|veut pas|veut plus|ne veut pas|' +
  'ne veut plus|veulent pas|ne veulent pas)';

const LET_OUT = '((de )?(se arreter|me arreter|nous arreter|arreter la voiture|' +
  'arreter le (taxi|bus|car|vehicule)|stopper|ouvrir( les portes| la porte| les portieres)?|' +
  'deverrouiller( les portes)?|ralentir)|(de )?me (laisser|faire) (descendre|sortir|partir)|' +
  '(de )?nous (laisser|faire) (descendre|sortir|partir)|(de )?me deposer)';

/** In the vehicle and moving: "je suis dans", "il roule", "il m'emmène". */
const ON_BOARD = rx('',
  '\\b(je suis dans|on est dans|suis dans|nous sommes dans|roule|roulent|accelere|',
  'continue de rouler|continue a rouler|prend une route|prend un chemin|a pris une route|',
  'route bizarre|mauvaise direction|autre direction|autoroute|me emmene|nous emmene|',
  'ou il va|ou il me emmene|verrouille|verrouillees|bloque les portes|descendre|sortir)\\b',
);

const HELD_RIDE = rx('',
  `^(?=.*\\b${RIDE}\\b).*\\b${REFUSES} ${LET_OUT}(?! de (jouer|parler|fumer|boire))\\b|`,
  `\\b${RIDE}( [a-z]+){0,3} (a verrouille|verrouille|bloque) (les portes|les portieres|`,
  'la porte)( [a-z]+){0,4} (roule|accelere|me emmene|refuse)\\b',
);

/** Afterwards, to complain or ask; a bus skipping a stop; a child's game. */
const TOLD_AFTER = rx('',
  '\\b(hier|la semaine derniere|le mois dernier|ce matin|reclamation|plainte|rembourse|',
  'remboursement|avis|note|service client|est ce normal|est ce que ca est normal|',
  'c est normal|ce est normal|a le arret|mon arret|en double file|carte bancaire|',
  'carte bleue|mon chien|ma valise|les poussettes|jeu|jouer|jouet|mdr|lol)\\b',
);

export const NET_HELD_RIDE: readonly NetFamily[] = [
  {
    id: 'net-held-ride',
    situation: 'violence',
    patterns: [HELD_RIDE],
    requires: ON_BOARD,
    unless: TOLD_AFTER,
  },
];
