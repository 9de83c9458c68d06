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
  stem: string;
  /** Not a stopword: part of the stem bigrams. */
  content: boolean;
}

const WORD_CACHE_LIMIT = 20_000;

/** stem → next stem → id of the feature `b:stem_next`. */
type BigramIds = Map<string, Map<string, number>>;

function bigramIdsOf(index: ReadonlyMap<string, number>): BigramIds {
  const bigrams: BigramIds = new Map();
  index.forEach((id, feature) => {
    const cut = feature.indexOf('_');
    if (!feature.startsWith('b:') || cut < 0 || feature.indexOf('_', cut + 1) >= 0) {
      return;
    }
    const first = feature.slice(2, cut);
    const next = bigrams.get(first) ?? new Map<string, number>();
    next.set(feature.slice(cut + 1), id);
    bigrams.set(first, next);
  });
  return bigrams;
}

export function createFeatureIdTable(features: readonly string[], options: FeatureOptions):
  FeatureIdTable {
  const index = new Map(features.map((feature, id) => [feature, id]));
  const bigrams = bigramIdsOf(index);
  // a stem holding "_" would make "b:a_b_c" ambiguous: then bigrams are looked up by name
  const plainBigrams = features.every((f) => !f.startsWith('b:') || f.split('_').length === 2);
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
    const entry = { ids: Int32Array.from(ids), stem: stem(word), content: !isStopword(word) };
    if (entries.size >= WORD_CACHE_LIMIT) {
      entries.clear();
    }
    entries.set(word, entry);
    return entry;
  };

  const bigramId = (first: string, next: string): number | undefined =>
    (plainBigrams ? bigrams.get(first)?.get(next) : index.get(`b:${first}_${next}`));

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

      const stems: string[] = [];
      for (const word of text.split(' ')) {
        if (word === '') {
          continue;
        }
        const entry = entryOf(word);
        entry.ids.forEach(add);
        if (entry.content) {
          stems.push(entry.stem);
        }
      }

      for (let i = 0; options.bigrams && i + 1 < stems.length; i += 1) {
        const id = bigramId(stems[i], stems[i + 1]);
        if (id !== undefined) {
          add(id);
        }
      }

      ids.forEach((id) => {
        slots[id] = -1;
      });
      return { ids, counts, total };
    },
  };
}
