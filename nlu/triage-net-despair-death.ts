import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * "jvais crever personne m'aime", "je vais mourir de toute façon tout le monde s'en fout",
 * "jvais crever jen peux plus": one's death foretold beside despair or loneliness is the
 * suicide line first (3114, 15, 112); alone, "je vais mourir" / "je vais crever" stays the
 * cry for help (17). Heat, hunger, laughter (idioms removed before matching) and a mishap's
 * figure (triage-calm-hyperbole.ts) are no death at all.
 */
const DEATH = /\b(je vais|vais|je vas|jvais) (mourir|crever|clamser|y passer)\b/;

const DESPAIR = rx('',
  '\\b(personne (ne )?(me|m) (aime|aimera|comprend|ecoute|regrettera|manquera|veut)|',
  'personne (ne )?(se )?soucie de moi|personne pour moi|tout le monde (se en fout|sen fout|',
  'se en fiche|sen fiche|se en balance|me deteste|me oublie|me a oublie|me a abandonne)|',
  '(on|ils|elles) (se en fout|sen fout|se en fiche) de moi|(je en|jen|en) (peux|peu|peut) plus|',
  'plus la force|marre de (tout|la vie|vivre|moi)|seule? au monde|je suis (toute? )?seule?|',
  'a quoi bon|ca sert a rien|sert plus a rien|plus rien a perdre|je suis (rien|nul|nulle|',
  'un poids|un fardeau|de trop)|je vaux rien|plus envie de rien|abandonne de tous|',
  'abandonnee de tous|je suis fatiguee? de (tout|vivre|la vie)|ma vie est (nulle|foutue|',
  'finie|un enfer))\\b',
);

export const NET_DESPAIR_DEATH: readonly NetFamily[] = [
  {
    id: 'net-despair-death',
    situation: 'suicide',
    always: true,
    patterns: [DEATH],
    requires: DESPAIR,
  },
];
