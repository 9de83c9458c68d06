import { rx } from './triage-words';
import type { NetFamily } from './triage-net-families';

/**
 * Blows of tonight relayed by the one who was told ("une copine m'écrit sur snap que son
 * beau-père l'a frappée ce soir et qu'elle a peur de rester chez elle"): the relayed family
 * knows "vient de m'écrire"; told with the evening and the fear of the night, it is now too.
 * A child (an age under 18, "au collège") brings the child line first.
 */
const RELAYED_BLOWS = rx('',
  '\\b(me ecrit|me ecrivent|me envoie|me a ecrit|me a envoye|me dit|me a dit|me raconte|',
  'me a raconte|me texte|me a texte|me explique|me a appele|me appelle)( [a-z]+){0,6} ',
  '(la|le|les) (a|ont) (frappee?s?|battue?s?|tabassee?s?|cognee?s?|etranglee?s?|giflee?s?|',
  'tapee?s?)\\b',
);
const TONIGHT_FEAR = rx('',
  '\\b(ce soir|cette nuit|tout a le heure|a le instant|peur de (rester|rentrer|dormir|',
  'retourner)|peur pour cette nuit|veut pas rentrer|ose pas rentrer)\\b',
);
const CHILD_TOLD = rx('',
  '\\b(de ([5-9]|1[0-7]) ans|au college|en ([3-6]eme|troisieme|quatrieme|cinquieme|sixieme)|',
  'mineure?|ma petite|mon petit|camarade de classe)\\b',
);
const CALM = rx('', '\\b(souvent|parfois|depuis des (mois|annees)|autrefois|plus jeune|',
  'il y a (\\d+|deux|trois|quelques|plusieurs) (ans|mois|semaines))\\b');

export const NET_RELAYED_TONIGHT: readonly NetFamily[] = [
  {
    id: 'net-relayed-tonight',
    situation: 'domestic_violence',
    patterns: [RELAYED_BLOWS],
    requires: TONIGHT_FEAR,
    unless: CALM,
  },
  {
    id: 'net-relayed-tonight-child',
    situation: 'child_neglect',
    patterns: [RELAYED_BLOWS],
    requires: CHILD_TOLD,
    unless: rx('', CALM.source, '|\\b(hier|la semaine derniere|le an dernier)\\b'),
  },
];
