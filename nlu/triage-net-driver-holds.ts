import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A driver who hits or touches someone aboard and will not let them out ("le conducteur du
 * bus a frappé un passager et refuse d'ouvrir", "le moniteur d'auto-école me touche et veut
 * pas me déposer"): an assault with the victim shut in, so the police now.
 */
const DRIVER = '(conducteur|conductrice|chauffeur|chauffeuse|moniteur|monitrice|taxi|vtc|' +
  'uber|routier|camionneur)';

const HARMS = '(a frappe|frappe|tape|a tape|cogne|a cogne|agresse|a agresse|gifle|a gifle|' +
  'touche|me touche|me tripote|tripote|me caresse|a touche|me a touche|me pelote|pelote)';

const VICTIM = '(un|une|le|la|des|les|me|moi|ma|mon)';

/** The refusal said now: "a refusé" (told afterwards) is left out. */
const KEEPS_SHUT = '(?<!\\b(a|avait|ont) )(refuse|veut pas|veut plus|ne veut pas|ne veut plus) ' +
  '(de )?(ouvrir|ouvrir les portes|ouvrir la porte|deverrouiller|me deposer|nous deposer|' +
  'me laisser (descendre|sortir|partir)|le laisser (descendre|sortir)|' +
  'la laisser (descendre|sortir)|nous laisser (descendre|sortir)|se arreter|me ramener)' +
  '(?! (le coffre|la fenetre|le toit))';

const DRIVER_HOLDS = rx('',
  `^(?=.*\\b${DRIVER}\\b)(?=.*\\b(${HARMS} ${VICTIM}|me (touche|tripote|caresse|pelote)|`,
  `(me|le|la) ${HARMS.slice(1, -1)})\\b).*\\b${KEEPS_SHUT}\\b`,
);

/** A kerb touched, a complaint afterwards, a child's game. */
const CALM = rx('',
  '\\b(hier|la semaine derniere|plainte|reclamation|trottoir|bordure|frein|volant|',
  'levier|jeu|mdr|lol)\\b',
);

export const NET_DRIVER_HOLDS: readonly NetFamily[] = [
  {
    id: 'net-driver-holds',
    situation: 'violence',
    patterns: [DRIVER_HOLDS],
    unless: CALM,
  },
];
