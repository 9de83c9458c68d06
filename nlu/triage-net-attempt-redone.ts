import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * An attempt made again, lately, or about to be ("j'ai refait une TS cette nuit", "je viens
 * de recommencer", "je pense à recommencer ma TS ce soir"). The past attempt told beside
 * it ("il y a dix ans") makes the message read as past, so these are `always`. "TS" is
 * normalised to "tous" (sms-words.ts): "une tous", "ma tous" can only be the attempt.
 */
// "une tentative de connexion" is no attempt on a life
const ATTEMPT = '(tentative|tentatives|tous|ts)(?! de (?!suicide\\b))';

/** A time saying it is now or hours ago: "il y a deux ans j'ai refait une TS" is not. */
const RECENT = rx('',
  '\\b(ce soir|cette nuit|hier soir|ce matin|cet apres midi|tout a le heure|aujourd hui|',
  'maintenant|en ce moment|je viens de|la je|vient de|viens de|il y a (une|deux|trois|\\d+) ',
  'heures?)\\b',
);

const DONE_AGAIN = rx('',
  `\\b(refait|refais|retente|recommence|reessaye|refaire) (une|ma|la|encore une) ${ATTEMPT}\\b`,
);

/** "je viens de recommencer", "les cachets pour recommencer": hours ago or at hand. */
const AGAIN_AT_HAND = rx('',
  '\\b(je viens de|la je|vient de|viens de) (recommencer|refaire|retenter|rechuter)\\b|',
  '\\b(medicaments|cachets|pilules|corde|lame|comprimes) pour (recommencer|le refaire|',
  'retenter)\\b',
);

/** What the "recommencer" is: an attempt told somewhere in the message. */
const ATTEMPT_TOLD = rx('',
  `\\b(une|ma|la|des|deux|premiere|derniere|ancienne) ${ATTEMPT}\\b(?! de (permis|code|`,
  'escroquerie|cambriolage|vol|fraude|arnaque|record|conciliation|les|mes))|',
  '\\b(suicide|suicider|suicidaire|tente de me|voulu me tuer|voulu en finir)\\b',
);

const THINKS_OF_AGAIN = rx('',
  '\\b(pense|veux|vais|compte|envie de|prete a|decide de)( serieusement| vraiment)?( a)? ',
  `(recommencer|refaire|retenter) (ma|une) ${ATTEMPT}\\b`,
);

export const NET_ATTEMPT_REDONE: readonly NetFamily[] = [
  {
    id: 'net-attempt-redone',
    situation: 'suicide',
    always: true,
    patterns: [DONE_AGAIN],
    requires: RECENT,
    unless: /\b(permis|code de la route|concours|examen|regime|record)\b/,
  },
  {
    id: 'net-attempt-again-at-hand',
    situation: 'suicide',
    always: true,
    patterns: [AGAIN_AT_HAND],
    requires: ATTEMPT_TOLD,
  },
  {
    id: 'net-attempt-thought-again',
    situation: 'suicide',
    always: true,
    patterns: [THINKS_OF_AGAIN],
  },
];
