import { triageVocabulary } from './triage';
import { NOW_MARKERS } from './triage-context';
import { once } from './once';

/**
 * What a form's pending question waits for, when its wording may hold danger words that
 * say no danger: a place ("12 rue du Feu", "L'Isle-sur-la-Sorgue"), a home's access
 * ("alarme activée"), or the story of an offence the form already dated in the past.
 */
export type FormAnswerKind = 'place' | 'access' | 'pastAccount';

/**
 * Someone, something happening, a plea or now: the answer is then a sentence, not a name or
 * an instruction, and the triage's reading stands. On normalize() text.
 */
const HAPPENING = new RegExp('\\b(?:je|me|moi|il|elle|ils|elles|on|nous|vous|quelqu un|'
  + 'personne|y a|ya|est|sont|ont|brule|brulent|crame|flambe|secours|aide|aidez|vite|'
  + 'urgent|urgence|danger|peur|maintenant|en ce moment|actuellement|encore|toujours|'
  + 'revient|reviennent|arrive|arrivent|appelez|sos|help)\\b');

const STREET_TYPES = new Set(['rue', 'avenue', 'av', 'bd', 'boulevard', 'chemin', 'impasse',
  'allee', 'place', 'route', 'rte', 'quai', 'cours', 'square', 'lotissement', 'residence',
  'chaussee', 'passage', 'voie', 'hameau', 'faubourg', 'parvis', 'esplanade', 'sentier',
  'ruelle', 'cite', 'lieu', 'dit', 'montee', 'sente', 'venelle', 'clos', 'domaine']);

/** Words that link a street's name to its noun: "de la Croix de Feu", "de l'Incendie". */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l']);

const MAX_NAME_WORDS = 6;

/** The triage's own words, but the connectors: one of them ends a name unless linked. */
const DANGER_WORDS = once(() => new Set([...triageVocabulary().keys()]
  .filter((word) => !CONNECTORS.has(word))));

/**
 * The text with the names of its streets taken out ("12 chemin de la croix de feu" →
 * "12 chemin"). A danger word stays unless a connector links it to the name: "12 rue de la
 * paix incendie" keeps "incendie", which the triage then reads again.
 */
export function withoutStreetNames(normalized: string): string {
  const kept: string[] = [];
  let nameWords = -1;
  let previous = '';
  for (const word of normalized.split(' ')) {
    const linked = CONNECTORS.has(previous) || nameWords === 0;
    const inName = nameWords >= 0 && nameWords < MAX_NAME_WORDS && !/^\d/.test(word)
      && (linked || CONNECTORS.has(word) || !DANGER_WORDS().has(word));
    if (STREET_TYPES.has(word)) {
      kept.push(word);
      nameWords = 0;
    } else if (inName) {
      nameWords += 1;
    } else {
      kept.push(word);
      nameWords = -1;
    }
    previous = word;
  }
  return kept.join(' ');
}

/** "alarme activée", "digicode", "clé chez la voisine": how to get in, not a present alarm. */
const ACCESS_WORDS = /\b(?:alarmes?|sirenes?)( [a-z]+)?\b|\b(?:digicode|code|cles?|badge|bip)\b/g;

/** The access instructions with their alarm and key words taken out. */
export function withoutAccessWords(normalized: string): string {
  return normalized.replace(ACCESS_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** A name, an address with its town, a few instructions: longer is a story. */
const MAX_ANSWER_WORDS = 16;

/**
 * The text the triage reads again for an answer of `kind`, or undefined when the answer is
 * a sentence whose danger stands as told (someone, a plea, now).
 */
export function answerToReread(kind: 'place' | 'access', normalized: string):
string | undefined {
  if (HAPPENING.test(normalized) || normalized.split(' ').length > MAX_ANSWER_WORDS) {
    return undefined;
  }
  // "clés chez ma mère au 3 rue du Feu": an access may give an address too
  const named = withoutStreetNames(normalized);
  return kind === 'place' ? named : withoutAccessWords(named);
}

/**
 * The offender there or coming back, or fear now: at the account of an offence dated in the
 * past, these words are today's danger, even told without any danger word ("il revient").
 */
const STILL_THERE = new RegExp('\\b(?:encore|toujours|(?:est|sont) la|revient|'
  + '(?:il|elle|ils|elles) (?:est|sont) (?:dans|devant|derriere|chez|a cote|dehors|en bas)|'
  + 'reviennent|revenu|revenus|revenir|en ce moment|maintenant|actuellement|devant chez moi|'
  + 'peur|aidez|au secours|vite|en train de|dehors|cette nuit|ce soir|ici)\\b');

/**
 * A present-tense act of the offender ("il me menace", "ils forcent la porte"), not the
 * story told in the past ("il m'a menacé"): normalize() reads "m'a" as "me a".
 */
const ACTING_NOW = new RegExp('\\b(?:il|elle|ils|elles|on|le gars|le mec|le type|'
  + 'quelqu un)(?: (?:me|nous|le|la|les|lui|leur|te|vous))? (?:menace|menacent|frappe|'
  + 'frappent|tape|tapent|casse|cassent|defonce|defoncent|force|forcent|entre|entrent|'
  + 'rentre|rentrent|suit|suivent|attaque|attaquent|agresse|agressent|fracture|fracturent|'
  + 'cogne|cognent|tue|tuent|braque|braquent|essaie|essaye|essaient|tente|tentent|veut|'
  + 'veulent|va|vont)\\b');

/**
 * The citizen's body hurt now ("il m'a frappé et je saigne beaucoup"): the offence is past,
 * the bleeding is not, and it needs the 15 before any form (tester28). On normalize() text.
 */
const HURT_NOW = new RegExp('\\b(?:je|ca|il|elle|mon \\w+|ma \\w+) (?:saigne|saignent|seigne)\\b|'
  + '\\bje (?:perds|perd|pers) (?:beaucoup |du |de le )?(?:de )?sang\\b|\\bje pisse le sang\\b|'
  + '\\bje (?:respire mal|respire plus|ne respire plus|arrive plus a respirer|'
  + 'ne arrive plus a respirer|etouffe|me sens partir|vais tomber dans les pommes)\\b');

/** The story of the dated offence with no word of it going on now. */
export function pastStory(normalized: string): boolean {
  return !STILL_THERE.test(normalized) && !NOW_MARKERS.test(normalized)
    && !ACTING_NOW.test(normalized) && !HURT_NOW.test(normalized);
}

/** Narrower than STILL_THERE: "j'ai eu peur" is part of a story, "il revient" never is. */
const OFFENDER_BACK = new RegExp('\\b(?:(?:il|elle|ils|elles) (?:est|sont) '
  + '(?:encore |toujours )?la|encore la|toujours la|revient|reviennent|en ce moment|'
  + 'devant chez moi)\\b');

/** The offender there or coming back, told at the account of a past offence. */
export function offenderStillThere(normalized: string): boolean {
  return OFFENDER_BACK.test(normalized);
}
