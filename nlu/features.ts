import { StemmerFr } from '@nlpjs/lang-fr';

/**
 * Sparse features of a normalised (and corrected) message for the linear classifier:
 * light stems, stem bigrams, and character n-grams of each word, which keep a typo or an
 * unseen inflection close to the words it resembles.
 */

/** Function words that carry no topic; they only add noise to bigrams. */
const STOPWORDS = new Set([
  'le', 'la', 'les', 'un', 'une', 'des', 'de', 'du', 'a', 'au', 'aux', 'et', 'ou', 'en',
  'ce', 'se', 'ne', 'que', 'qui', 'il', 'elle', 'on', 'est', 'sont', 'y', 'dans', 'pour',
  'sur', 'avec', 'par', 'ca', 'cela', 'tres', 'bien', 'plus', 'donc', 'alors', 'car',
]);

const stemmer = new StemmerFr();
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Snowball French stem (NLP.js), cached: "volée", "volés", "voler" and "vol" are "vol". */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) {
    return known;
  }
  const stemmed = word.length <= 3 || /\d/.test(word) ? word : stemmer.stemWord(word);
  if (stems.size >= STEM_CACHE_LIMIT) {
    stems.clear();
  }
  stems.set(word, stemmed);
  return stemmed;
}

export interface FeatureOptions {
  charGrams: readonly number[];
  bigrams: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { charGrams: [3, 4], bigrams: true };

function charGrams(word: string, sizes: readonly number[], into: string[]): void {
  const padded = `<${word}>`;
  for (const size of sizes) {
    for (let i = 0; i + size <= padded.length; i += 1) {
      into.push(`#${padded.slice(i, i + size)}`);
    }
  }
}

const wordCache = new Map<string, readonly string[]>();
const WORD_CACHE_LIMIT = 50_000;

/** Function words are left out of bigrams and have no character n-grams. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** A word's own features (stem, character n-grams), cached: words repeat a lot. */
export function wordFeatures(word: string, options: FeatureOptions): readonly string[] {
  const key = `${options.charGrams.join(',')}:${word}`;
  const known = wordCache.get(key);
  if (known) {
    return known;
  }
  const out = [`w:${stem(word)}`];
  if (!STOPWORDS.has(word) && word.length >= 3) {
    charGrams(word, options.charGrams, out);
  }
  if (wordCache.size >= WORD_CACHE_LIMIT) {
    wordCache.clear();
  }
  wordCache.set(key, out);
  return out;
}

/** The feature names of `normalized`, with repeats (a word said twice counts twice). */
export function featuresOf(normalized: string, options = DEFAULT_FEATURES): string[] {
  const words = normalized.split(' ').filter((word) => word !== '');
  const out: string[] = words.flatMap((word) => wordFeatures(word, options));

  if (options.bigrams) {
    const content = words.filter((word) => !STOPWORDS.has(word)).map(stem);
    for (let i = 0; i + 1 < content.length; i += 1) {
      out.push(`b:${content[i]}_${content[i + 1]}`);
    }
  }

  return out;
}
