import { isStopword, stem, wordFeatures, type FeatureOptions } from './features';

/**
 * A model's feature names compiled to ids, for the hot path: a message becomes the model's
 * input with one cached lookup per word instead of building and hashing a few hundred
 * feature strings. Same features, counted in the same order, as the strings of featuresOf()
 * counted by the model: the probabilities are the same to the last bit.
 */
export interface FeatureCounts {
  /** Distinct known feature ids, in order of first occurrence (the order scores are summed). */
  ids: number[];
  /** How many times each of `ids` occurs in the message. */
  counts: number[];
  /** Sum of `counts`: occurrences of features the model knows. */
  total: number;
}

export interface FeatureIdTable {
  /** The known features of a normalised (or corrected) text, counted. */
  count(text: string): FeatureCounts;
}

interface WordEntry {
  /** Known ids of the word's own features (stem, character n-grams), repeats kept. */
  ids: Int32Array;
  /** Number of the word's stem among the stems of known bigrams; -1 for none (or a stopword). */
  stem: number;
}

const WORD_CACHE_LIMIT = 20_000;

interface Bigrams {
  /** Stems of the known bigrams, numbered. */
  stems: Map<string, number>;
  /** first * stems.size + next → id of the feature `b:first_next`. */
  ids: Map<number, number>;
}

/**
 * Null when a stem holds "_" ("b:a_b_c" could be read two ways): none does in practice.
 * Plain loops: on a cold start this runs once over every feature name of two models.
 */
function bigramsOf(features: readonly string[]): Bigrams | null {
  const pairs: Array<[number, string, string]> = [];
  for (let id = 0; id < features.length; id += 1) {
    const feature = features[id];
    if (!feature.startsWith('b:')) {
      continue;
    }
    const cut = feature.indexOf('_', 2);
    if (cut < 0 || feature.indexOf('_', cut + 1) >= 0) {
      return null;
    }
    pairs.push([id, feature.slice(2, cut), feature.slice(cut + 1)]);
  }
  const stems = new Map<string, number>();
  for (const [, first, next] of pairs) {
    if (!stems.has(first)) {
      stems.set(first, stems.size);
    }
    if (!stems.has(next)) {
      stems.set(next, stems.size);
    }
  }
  const ids = new Map<number, number>();
  for (const [id, first, next] of pairs) {
    ids.set((stems.get(first) ?? 0) * stems.size + (stems.get(next) ?? 0), id);
  }
  return { stems, ids };
}

export function createFeatureIdTable(features: readonly string[], options: FeatureOptions):
  FeatureIdTable {
  const index = new Map<string, number>();
  for (let id = 0; id < features.length; id += 1) {
    index.set(features[id], id);
  }
  const bigrams = bigramsOf(features);
  const entries = new Map<string, WordEntry>();
  // position of each id in the current message's list, -1 when absent; reset after each call
  const slots = new Int32Array(features.length).fill(-1);

  const entryOf = (word: string): WordEntry => {
    const known = entries.get(word);
    if (known) {
      return known;
    }
    const ids = wordFeatures(word, options)
      .map((feature) => index.get(feature))
      .filter((id): id is number => id !== undefined);
    const stemId = isStopword(word) ? undefined : bigrams?.stems.get(stem(word));
    const entry = { ids: Int32Array.from(ids), stem: stemId ?? -1 };
    if (entries.size >= WORD_CACHE_LIMIT) {
      entries.clear();
    }
    entries.set(word, entry);
    return entry;
  };

  /** The content words' stem numbers, in order (-1: a stem in no known bigram). */
  const contentStems = (words: readonly string[]): number[] =>
    words.filter((word) => !isStopword(word)).map((word) => entryOf(word).stem);

  const bigramIds = (words: readonly string[]): number[] => {
    if (!options.bigrams) {
      return [];
    }
    if (bigrams === null) {
      const stems = words.filter((word) => !isStopword(word)).map(stem);
      return stems.slice(1).flatMap((next, i) => index.get(`b:${stems[i]}_${next}`) ?? []);
    }
    const { stems, ids } = bigrams;
    const numbers = contentStems(words);
    const found: number[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 1) {
      const id = numbers[i] < 0 || numbers[i + 1] < 0
        ? undefined
        : ids.get(numbers[i] * stems.size + numbers[i + 1]);
      if (id !== undefined) {
        found.push(id);
      }
    }
    return found;
  };

  return {
    count(text) {
      const ids: number[] = [];
      const counts: number[] = [];
      let total = 0;
      const add = (id: number): void => {
        const slot = slots[id];
        if (slot < 0) {
          slots[id] = ids.length;
          ids.push(id);
          counts.push(1);
        } else {
          counts[slot] += 1;
        }
        total += 1;
      };

      const words = text.split(' ').filter((word) => word !== '');
      for (const word of words) {
        const own = entryOf(word).ids;
        for (let k = 0; k < own.length; k += 1) {
          add(own[k]);
        }
      }
      bigramIds(words).forEach(add);

      ids.forEach((id) => {
        slots[id] = -1;
      });
      return { ids, counts, total };
    },
  };
}
