import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * One's own end said without a word of death: putting an end to everything ("je vais mettre
 * fin à tout ça"), wanting everything to stop for good ("je veux que tout s'arrête"), or
 * to fall asleep and never wake ("m'endormir et ne jamais me réveiller"): 3114 first. The
 * noise, the harassment or the contract that should stop, and a bad night's sleep, stay calm.
 */
const WISH = '(veux|veut|voudrais|voudrai|voudrait|aimerais|aimerai|aimerait|souhaite|' +
  'souhaiterais|prefererais|faudrait|faut|vivement|envie|hate|reve|espere|prie|pourvu)' +
  '( (tellement|tant|vraiment|juste|seulement|simplement))?';

const END_ALL = rx('',
  '\\b(mettre|mets|met|mettrai) (fin|un terme) a (tout (ca|cela|ceci)|tout)',
  '\\b(?! (contrat|abonnement|type|genre|prelevement|engagement|ce qui)\\b)',
);

/** Everything, or life itself, to stop: "que tout s'arrête", "que ma vie s'arrête". */
const ALL_STOPS = rx('',
  `\\b${WISH} (que|ke|qe) (tout|tout ca|tout cela|ma vie|la vie|mon existence) ?(se |s )?`,
  '(arrete|arretent|termine|finisse|acheve|stoppe|arret)\\b',
  '(?! (entre|avec|chez|au niveau|de (son|leur|mon|ma) cote)\\b)',
);

/** "que ça s'arrête" needs it said to be for good: alone, it may be the neighbour's noise. */
const IT_STOPS_FOR_GOOD = rx('',
  `\\b${WISH} (que|ke|qe) (ca|cela) ?(se |s )?(arrete|termine|finisse|acheve|stoppe|arret) `,
  '(pour de bon|pour toujours|definitivement|une bonne fois pour toutes|a jamais)\\b',
);

/** Someone else, or a thing, that should stop: the FAQ's dispute or harassment. */
const OUTSIDE_CAUSE = rx('',
  '\\b(bruit|bruits|voisin|voisins|voisine|tapage|musique|travaux|chantier|chien|chiens|',
  'aboie|aboient|appels|messages|sms|harcelement|harcele|harcelent|moqueries|insultes|',
  'plainte|contrat|abonnement|prelevements?|procedure|poursuites|litige|resilier|operateur|',
  'laisse tranquille|laisse en paix|me lache|pluie|fuite|alarme|sirene|match|serie|saison|',
  'jeu|partie|greve|manif|manifestation)\\b',
);

/** The sleep that never ends: "dormir pour toujours", "ne jamais me réveiller". */
const ENDLESS_SLEEP = rx('',
  '\\b(me endormir|mendormir|dormir|fermer les yeux|sombrer)( [a-z]+){0,2} (pour toujours|',
  'pour de bon|a jamais|pour le eternite|definitivement|sans me reveiller)\\b|',
  '\\b(ne (jamais|plus|pas|plus jamais)|jamais|plus jamais) (me )?(reveiller|rouvrir les yeux)\\b',
  '(?! (la nuit|en pleine nuit|a cause|chaque nuit|toutes les nuits|a \\d|avant|si tot|',
  'aussi tot|tot|plusieurs fois|en sursaut|par|pour))',
);
const SLEEP_WISH = rx('', `\\b(${WISH}|si seulement|ce serait (bien|mieux)|aimerait|voudrait)\\b`);
/** The baby, a mattress, a lie-in, the alarm clock: sleep, and nothing more. */
const ONLY_SLEEP = rx('',
  '\\b(bebe|matelas|lit|canape|grasse matinee|week end|vacances|reveil|insomnie|insomnies|',
  'bruit|voisins?|chat|chien|sieste|lundi|anesthesie|operation)\\b',
);

export const NET_UNSAID_END: readonly NetFamily[] = [
  {
    id: 'net-end-all',
    situation: 'suicide',
    always: true,
    patterns: [END_ALL, ALL_STOPS, IT_STOPS_FOR_GOOD],
    unless: OUTSIDE_CAUSE,
  },
  {
    id: 'net-endless-sleep',
    situation: 'suicide',
    always: true,
    patterns: [ENDLESS_SLEEP],
    requires: SLEEP_WISH,
    unless: ONLY_SLEEP,
  },
];
