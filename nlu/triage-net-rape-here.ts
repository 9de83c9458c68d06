import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Raped a few hours ago with the aggressor still beside ("j'ai été violée cette nuit, il
 * dort à côté", "il m'a violée tout à l'heure, il est encore dans l'appart"): the danger is
 * in the room, so the police now; the 114 for who cannot speak aloud.
 */
const RAPED = rx('',
  '\\b(je ai ete violee?|je ai ete violentee|il me a violee?|ils me ont violee?|',
  'on me a violee?|je me suis fait violer|je me suis faite violer|il a abuse de moi|',
  'il me a force a coucher|il me a forcee? a coucher)\\b',
);

/** He is still there: asleep beside, in the flat, in the bed. */
const STILL_HERE = rx('',
  '\\b(il|ils) (dort|dorment|est encore|est toujours|sont encore|sont toujours|est la|',
  'est juste la|est a cote|ronfle)( [a-z]+){0,3}\\b|',
  '\\b(encore|toujours) (dans|a) (le appart|le appartement|la maison|la chambre|le lit|',
  'la piece|le salon|chez moi|cote)\\b|\\b(dort|dorment) (a cote|dans le lit|ici)\\b',
);

/** A complaint filed later, years back, or a plot. */
const TOLD_AFTER = rx('',
  '\\b(il y a (\\d+|deux|trois|quelques) (ans|mois|semaines)|an dernier|annee derniere|',
  'quand je etais|film|serie|livre|roman|porter plainte|deposer plainte|plainte deposee|',
  'dans ma tete|traumatisme)\\b',
);

export const NET_RAPE_HERE: readonly NetFamily[] = [
  {
    id: 'net-rape-here',
    situation: 'domestic_violence',
    always: true,
    patterns: [RAPED],
    requires: STILL_HERE,
    unless: TOLD_AFTER,
  },
];
