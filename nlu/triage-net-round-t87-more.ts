import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * Round t87, the families that reorder numbers: blows then "je saigne" (the police first,
 * the SAMU with it, not the SAMU alone), a child an adult meets tonight after sending photos
 * (17 then 119), a vulnerable child gone near water (a search, the police first).
 */

/** Bleeding now: the wound is today's. */
const BLEEDING_NOW = rx('',
  '\\b(je saigne|je pisse le sang|je pisse du sang|ca saigne|je suis en sang|elle saigne|',
  'il saigne|elle est en sang|il est en sang|saigne du nez|saigne de la tete|',
  'saigne de la bouche|saigne beaucoup|du sang partout|plein de sang|je saigne du nez|',
  'mon nez saigne|ma arcade saigne|ma levre saigne|ma tete saigne)\\b',
);

/**
 * Blows given by someone known and still about: "il m'a mis une gifle", "il m'a poussé dans
 * l'escalier". An anonymous "on m'a frappée" after a theft is gone: the SAMU first, as before.
 */
const BLOWS_GIVEN = rx('',
  '\\b(il|elle|ils|elles|mon mari|mon copain|mon ex|son mari|son copain|mon pere|',
  'mon frere|mon fils|ma femme|ma copine|mon mec|le voisin|mon compagnon|son pere) ',
  '(me|la|le|nous|te|les) (a|ont) (mis|mise) (une|des|un) (gifle|gifles|claque|claques|',
  'coup|coups|beigne|baffe|baffes|patate|droite|pain|raclee|tarte|mandale)\\b|',
  '\\b(il|elle|ils|elles|mon mari|mon copain|mon ex|son mari|son copain|mon pere|',
  'mon frere|mon fils|ma femme|ma copine|mon mec|le voisin|mon compagnon|son pere) ',
  '(me|la|le|nous|te|les) (a|ont) (pousse|poussee|frappe|frappee|tabasse|tabassee|cogne|',
  'cognee|jete|jetee|balance|balancee|tape|tapee|agresse|agressee|griffe|griffee|',
  'etrangle|etranglee|mordu|mordue|projete|projetee)\\b',
);

/** An accident or play: no one to stop. */
const NOT_ASSAULT = rx('',
  '\\b(sans faire expres|pas fait expres|par accident|accidentellement|en jouant|en rigolant|',
  'au judo|au rugby|au foot|au match|a le entrainement|en cours de sport|au karate|a la boxe|',
  'chien|chienne|chat|cheval|hier|la semaine derniere|il y a ([0-9]+|deux|trois) (jours|',
  'semaines|mois|ans))\\b',
);

/** An adult who wants to meet the child within the day (after photos, messages, a chat). */
const ADULT_MEETS_SOON = rx('',
  '\\b(homme|adulte|mec|type|inconnu|monsieur|gars|majeur|vieux|quelqu un|un adulte)',
  '( [a-z0-9]+){0,16} (veut|veulent|va|doit|compte|propose de|',
  'lui a donne rendez vous pour) (la|le|les) (voir|rencontrer|retrouver|recuperer|chercher|',
  'emmener)( [a-z]+){0,3} (ce soir|cette nuit|tout a le heure|cet apres midi|dans une heure|',
  'apres les cours|a la sortie|aujourd hui)\\b|',
  '\\b(rendez vous|rdv|rejoindre|retrouver|voir|rencontrer) (ce soir|cette nuit|',
  'tout a le heure|cet apres midi|dans une heure|apres les cours)( [a-z]+){0,3} (avec|chez) ',
  '(un homme|un adulte|un mec|un type|un inconnu|un majeur|un monsieur|un gars|',
  'un vieux)\\b',
);

/** A minor: an age under 16 or a school pupil. */
const MINOR = rx('',
  '\\b(fille|fils|petite|petit|niece|neveu|soeur|frere|cousine|cousin|gamine|gamin|enfant|',
  'ado|eleve|voisine)( de| qui a)? ([5-9]|1[0-5]) ans\\b|\\b(je ai|elle a|il a) ',
  '([5-9]|1[0-5]) ans\\b|\\b(collegienne|collegien|mineure|mineur|en 6e|en 5e|en 4e|en 3e|',
  'en sixieme|en cinquieme|en quatrieme|en troisieme)\\b',
);

/** Gone: run away, disappeared, not found. */
const GONE = rx('',
  '\\b(a fugue|fugue|a disparu|disparu|disparue|introuvable|',
  'se est enfui|se est enfuie|se est sauve|se est sauvee|on le trouve plus|',
  'on la trouve plus|on le retrouve pas|on la retrouve pas|on le cherche|on la cherche|',
  'sorti tout seul|sortie toute seule|parti tout seul|partie toute seule)\\b',
);

/** Water beside someone who cannot swim: the search is urgent. */
const WATER_RISK = rx('',
  '\\b(sait pas nager|sait plus nager|ne sait pas nager|sais pas nager|sait nager que)\\b|',
  '\\b(habite|habitons|vit|vivons|habitent) (pres|a cote|au bord|juste a cote|en bord) ',
  '(du|de la|de le|des) (canal|riviere|fleuve|lac|etang|mer|plage|port|quai|quais|',
  'seine|loire|garonne|rhone|marne|berge|berges)\\b',
);

/** Found again, or an animal: no search. */
const NO_SEARCH = rx('',
  '\\b(retrouve|retrouvee|est rentre|est rentree|est revenu|est revenue|on le a trouve|',
  'on la a trouvee|chat|chatte|chaton|chien|chienne|chiot|lapin|perroquet|tortue|cheval|',
  'hamster|furet|oiseau|poule|il y a ([0-9]+|deux|trois) (ans|mois|semaines))\\b',
);

export const NET_ROUND_T87_MORE: readonly NetFamily[] = [
  {
    id: 'net-bleeding-after-blows',
    situation: 'violence',
    patterns: [BLEEDING_NOW],
    requires: BLOWS_GIVEN,
    unless: NOT_ASSAULT,
  },
  {
    id: 'net-child-met-by-adult-soon',
    situation: 'child_violence',
    patterns: [ADULT_MEETS_SOON],
    requires: MINOR,
    always: true,
  },
  {
    id: 'net-vulnerable-gone-near-water',
    situation: 'missing_care',
    patterns: [WATER_RISK],
    requires: GONE,
    unless: NO_SEARCH,
    always: true,
  },
];
