import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Blows relayed while the messages still come in ("ma sœur m'envoie des sms depuis Berlin,
 * son copain la frappe", "ma copine m'écrit en pleurs, son mec la tape"): the one who writes
 * is not the victim, so "la frappe" needs no "en ce moment" to be now; the messages arriving
 * are the now. "Elle m'a dit qu'il la frappait" or a habit asked about stays the FAQ.
 */
const LIVE_RELAY = rx('',
  '\\bme (envoie|envoient|renvoie) (des|un|plein de|encore des) (sms|messages?|textos?|snaps?|',
  'vocaux|vocal|messages vocaux)|',
  '\\bme (ecrit|ecrivent|texte|textent|appelle|appellent|supplie|suppliait)( [a-z]+)? ',
  '(en pleurs|en panique|en cachette|en chuchotant|paniquee?|terrorisee?|affolee?|la|depuis|',
  'en ce moment|maintenant)\\b',
);

const BLOWS_ON_THEM = rx('',
  '\\b(la|le|les) (frappe|frappent|bat|battent|tape|tapent|cogne|cognent|tabasse|tabassent|',
  'etrangle|etranglent|gifle|giflent|defonce|defoncent|brutalise|brutalisent)\\b',
);

/** Told afterwards, as a habit, or with the victim safe. */
const NOT_LIVE = rx('',
  // past tenses as the writer types them: no "frappée", which the typo corrector must still
  // be free to read as "frappe" (a word of a cancel becomes a word it knows)
  '\\b(frappait|battait|tapait|hier|la semaine derniere|le mois dernier|',
  'il y a (\\d+|deux|trois|quelques|plusieurs) (jours|semaines|mois|ans)|autrefois|avant|',
  'depuis des (mois|annees)|depuis (\\d+|deux|trois|plusieurs) ans|est partie|est chez moi|',
  'en securite|comment (la|le|les) (aider|convaincre)|porter plainte)\\b',
);

export const NET_RELAYED_LIVE: readonly NetFamily[] = [
  {
    id: 'net-relayed-blows-live',
    situation: 'domestic_violence',
    habitCancels: true,
    patterns: [BLOWS_ON_THEM],
    requires: LIVE_RELAY,
    unless: NOT_LIVE,
  },
];
