import type { TopicResult } from './classifier';
import { withoutGreetingWords } from './greeting-first';
import { words } from './normalize';

/**
 * A letter's closing formula ("Veuillez agréer, Madame, Monsieur, l'expression de mes
 * salutations distinguées", "Je vous prie de croire en ma considération distinguée",
 * "Cordialement, Mme Roux"): elderly writers send it alone, as the last message of an
 * exchange, and the model read its "Madame, Monsieur" as a greeting (a fresh set, blind93).
 * Alone it is a goodbye; after a letter's body the body is what the citizen asks, so when the
 * model answered small talk or nothing, the body is read without it and its answer kept.
 * A topic the model found in a whole letter with a body stays: the formula only added polite
 * words; a formula sent alone is a goodbye whatever its words made the model think.
 */
const GOODBYE = 'smalltalk.goodbye';

/** The nouns every closing ends on: most messages have none and skip the long pattern. */
const HINT = new RegExp('\\b(salutations|sentiments|consideration|respects|hommages|' +
  'devouement|cordialement|respectueusement|amicalement|bien a vous)\\b');

/** "dans l'attente de votre réponse", "en vous remerciant par avance", before the formula. */
const LEAD = '(?:(?:dans le attente de (?:votre|une|vous) (?:reponse|lire)|en vous remerciant|' +
  'je vous remercie|merci)(?: par avance| de avance| de votre (?:attention|aide|reponse))?' +
  '(?: et)? )?';

/** "veuillez agréer ... mes salutations", "je vous prie de croire ... ma considération". */
const FORMAL = '(?:(?:je vous prie|nous vous prions|vous prie|veuillez|je vous demande)' +
  '(?: de)?(?: bien vouloir)? (?:agreer|recevoir|accepter|croire)|recevez|agreez|acceptez|' +
  'croyez|je vous adresse|je vous presente)(?: [a-z]+){0,12}? (?:salutations|sentiments|' +
  'consideration|respects|hommages|devouement)';

/** "bien cordialement", "mes sincères salutations", "respectueusement", "bien à vous". */
const SHORT = '(?:(?:avec|bien|tres|mes|nos|toutes|sinceres|meilleures|respectueuses|' +
  'cordiales|amicales|distinguees) )*(?:salutations|cordialement|respectueusement|amicalement|' +
  'bien a vous)';

/** The formula at the end, then a few words: adjectives, a signature, an age, a rank. */
const CLOSING = new RegExp(`(?:^| )${LEAD}(?:${FORMAL}|${SHORT})(?: [a-z0-9]+){0,10}$`);

/** A body of fewer words than this, with no topic of its own, is part of the farewell. */
const MIN_BODY_WORDS = 3;

/** Where the closing formula starts in `normalized`, or -1 when it ends on none. */
export function closingStart(normalized: string): number {
  if (!HINT.test(normalized)) {
    return -1;
  }
  const match = CLOSING.exec(normalized);
  return match === null ? -1 : match.index;
}

function farewell(result: TopicResult): TopicResult {
  const score = Math.max(0.9, result.score);
  return { ...result, topic: GOODBYE, score, ambiguous: false,
    alternatives: [{ topic: GOODBYE, score },
      ...result.alternatives.filter((alternative) => alternative.topic !== GOODBYE)] };
}

export async function withLetterClosing(result: TopicResult, normalized: string,
  classify: (text: string) => Promise<TopicResult>): Promise<TopicResult> {
  const start = closingStart(normalized);
  if (start < 0) {
    return result;
  }

  // the formula alone: whatever the model made of its words, but thanks ("merci, cordialement")
  const body = withoutGreetingWords(normalized.slice(0, start).trim()).trim();
  if (body === '') {
    return result.topic === 'smalltalk.thanks' ? result : farewell(result);
  }
  if (result.topic !== 'none' && !result.topic.startsWith('smalltalk.')) {
    return result;
  }
  const again = await classify(body);
  return again.topic === 'none' && words(body).length < MIN_BODY_WORDS ? farewell(result) : again;
}
