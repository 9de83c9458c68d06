import { gatedTest } from './regex-gate';
import type { NetFamily } from './triage-net-families';
import { rx } from './triage-words';

/**
 * A grown-up gone for days. Told alone with a question ("mon frère ne donne plus de
 * nouvelles depuis 4 jours, on peut lancer des recherches ?") it is the missing-person
 * answer, which tells how to report a worrying disappearance. Told with a danger (words of
 * ending one's life, a vulnerable person, a threat) the days gone make it worse, not over:
 * the search comes first, whatever the question or the date.
 */
export const GONE = rx('',
  '\\b(a disparu|a disparue|disparu|disparue|disparition|introuvable|injoignable|pas rentre|',
  'pas rentree|pas revenu|pas revenue|plus de nouvelles|sans nouvelles|aucune nouvelle|',
  'donne plus (de )?(nouvelles|signe de vie)|ne repond plus|repond plus|parti sans|',
  'partie sans|quitte le domicile|volatilise|volatilisee)\\b',
);

/** Days gone, not minutes: "depuis 4 jours", "depuis dimanche", "depuis deux mois". */
const DAYS = rx('',
  '\\b(depuis|ca fait|cela fait|il y a) (\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|',
  'quelques|plusieurs|une|un|1|des) (jours|semaines?|mois)|depuis (lundi|mardi|mercredi|',
  'jeudi|vendredi|samedi|dimanche|le week end|la semaine derniere|plusieurs jours)\\b',
);

/** Suicidal words said before leaving. */
export const ENDING = rx('',
  '\\b(en finir|se suicider|suicide|suicidaire|se tuer|mettre fin a ses jours|plus envie de ',
  'vivre|envie de mourir|veut mourir|voulait mourir|idees noires|lettre de adieu|adieu|',
  'adieux|corde|se pendre|sauter (de le|du) pont|se jeter|disparaitre pour toujours|',
  'tentative|depression|depressif|depressive)\\b',
);

/**
 * Someone who cannot look after themselves, or someone threatened. Age alone is not named:
 * "ma mère âgée ne répond plus depuis deux jours" is the missing-person answer.
 */
export const AT_RISK = rx('',
  '\\b(alzheimer|demence|dement|demente|desoriente|desorientee|perd la tete|perd la memoire|',
  'autiste|autisme|handicape|handicapee|handicap mental|deficient|trisomique|schizophrene|',
  'bipolaire|sans (ses|son) (medicaments|traitement|insuline)|insuline|diabetique|',
  'epileptique|menace|menacee|menaces|menace de mort|menacee de mort|dealers?|dette|',
  'dettes|enleve|enlevee|sequestre|sequestree|violent|violente|frappait|battait|',
  // what was left or found: a weapon, a rope, a car by a cliff, a phone by a river
  'fusil|arme|pistolet|carabine|couteau|corde|falaise|pont|riviere|fleuve|canal|lac|mer|',
  'port|noye|noyee|sang|medicaments|cachets|lettre|voiture (a ete |est )?retrouvee|',
  '(telephone|portable|sac|affaires|vetements) (a ete |ont ete |est )?retrouvee?s?)\\b',
);

/** The person found again, or long ago: no search to start (a car found is a sign). */
export const OVER = rx('',
  '\\b((on|je|la police|les gendarmes) (le|la|les) a (enfin )?retrouvee?s?|(il|elle) a ete ',
  'retrouvee?|est rentre|est rentree|est revenu|est revenue|va bien|il y a (des|\\d+|deux|',
  'trois) ans|en (19|20)\\d\\d|film|serie|roman|livre)\\b',
);

/** A child or a teenager gone for days: the police at once, whatever the question. */
export const MINOR = rx('',
  '\\b(enfant|bebe|gamin|gamine|petit(?! (ami|copain))|petite(?! (amie|copine))|mineur|',
  'mineure|ado|adolescent|adolescente|',
  'de ([1-9]|1[0-7]) ans|a ([1-9]|1[0-7]) ans)\\b',
);

/** The writer asks how to report: recherches, signaler, avis de recherche. */
const ASKS = rx('',
  '\\b(recherches?|rechercher|signaler|declarer|avis de recherche|disparition inquietante|',
  'on peut|je peux|pouvez vous|vous pouvez|comment|que faire|quoi faire|qui contacter|',
  'ou (aller|faut il)|faut il|il faut|attendre|porter plainte)\\b',
);

/** The net's past for a grown-up gone for days, asked about with no danger named. */
export function grownUpGoneForDays(text: string): boolean {
  return gatedTest(DAYS, text) && gatedTest(GONE, text) && gatedTest(ASKS, text) &&
    !gatedTest(ENDING, text) && !gatedTest(AT_RISK, text) && !gatedTest(MINOR, text);
}

/**
 * For the learned vote: a grown-up out of touch for days or months ("mon frère vit dans la
 * rue, plus aucune nouvelle depuis 2 mois") with no danger named is the missing-person
 * answer, question or not; the vote read "plus aucune nouvelle" as a danger.
 */
export function grownUpOutOfTouch(text: string): boolean {
  return gatedTest(DAYS, text) && gatedTest(GONE, text) && !gatedTest(ENDING, text) &&
    !gatedTest(AT_RISK, text) && !gatedTest(MINOR, text);
}

const SEARCH_FIRST = rx('', `^(?=.*${DAYS.source}).*${GONE.source}`);

export const NET_MISSING_DAYS: readonly NetFamily[] = [
  {
    id: 'net-missing-days-ending',
    situation: 'suicide_fled',
    always: true,
    patterns: [SEARCH_FIRST],
    requires: ENDING,
    unless: OVER,
  },
  {
    id: 'net-missing-days-at-risk',
    situation: 'missing_person',
    always: true,
    patterns: [SEARCH_FIRST],
    requires: AT_RISK,
    unless: OVER,
  },
  {
    id: 'net-missing-days-minor',
    situation: 'missing_child',
    always: true,
    patterns: [SEARCH_FIRST],
    requires: MINOR,
    unless: OVER,
  },
];
