import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A frail person beaten by the one paid to care for them, seen on a home camera now ("ma
 * grand-mère de 92 ans, son aide à domicile la frappe, je l'ai vu sur la caméra à
 * l'instant", "je vois sur la caméra qu'il la secoue"): the writer is far, the blows are
 * live, the gendarmes go (17). A recording of yesterday, a camera to install, a film and a
 * pet on the screen stay calm.
 */
const CAMERA = rx('',
  '\\b(camera|cameras|cam|webcam|video surveillance|videosurveillance|videos? en direct|',
  'babyphone|baby phone|ecoute bebe|appli de la camera|application de la camera)\\b',
);

/** Struck, shaken, shoved, tied: what a carer must never do (a wheelchair pushed is care). */
const HARMED = rx('',
  '\\b(frappe|frapper|tape|taper|gifle|gifler|giflent|secoue|secouer|secouent|bouscule|',
  'bousculer|cogne|cogner|brutalise|brutaliser|maltraite|maltraiter|malmene|malmener|',
  'etrangle|tire par les cheveux|tire les cheveux|met des claques|donne des claques|',
  'donne des coups|tabasse|(la|le|les) (pousse|pousser|jette|balance|attache|attacher|pince|',
  'pincer))\\b',
);

/** Seen now: "je vois", "en direct", "à l'instant", "je viens de voir". */
const SEEN_NOW = rx('',
  '\\b(je (le |la |les )?vois|je regarde|je suis en train de regarder|en direct|a le instant|',
  'en ce moment|maintenant|la tout de suite|live|je viens de (le |la |les )?voir|',
  'sous mes yeux|il y a (une|deux|cinq|dix|\\d+) (min|minutes))\\b',
);

/** The carer, or the frail person watched over. */
const CARED = rx('',
  '\\b(aide a domicile|aide de vie|auxiliaire de vie|aide soignante|aide soignant|aide menagere|',
  'infirmiere|infirmier|nounou|baby sitter|babysitter|assistante maternelle|garde malade|',
  'dame de compagnie|femme de menage|aidante|aidant|son aide|le aide|la aide|',
  'grand mere|grand pere|mamie|mamy|papi|papy|ma mere|mon pere|maman|papa|bebe|',
  'mon fils|ma fille|tante|oncle|handicape|handicapee|ans)\\b',
);

const PATTERN = rx('',
  `^(?=.*${CAMERA.source})(?=.*${SEEN_NOW.source}).*${HARMED.source}`,
);

/** A pet, a cartoon, a stranger's video, a camera still to buy. */
const NOT_LIVE = rx('',
  '\\b(chat|chien|chiot|chaton|film|serie|dessin anime|youtube|tiktok|reseaux|',
  'installer|acheter|poser|mettre une camera|a le epoque|hier|avant hier|la semaine derniere)\\b',
);

export const NET_CARER_CAMERA: readonly NetFamily[] = [
  {
    id: 'net-carer-camera',
    situation: 'violence',
    patterns: [PATTERN],
    requires: CARED,
    unless: NOT_LIVE,
  },
];
