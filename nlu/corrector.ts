/**
 * Vocabulary-aware spelling corrector: a word we do not know is replaced by the most
 * frequent known word one edit away (two for long words), found through a deletion index
 * (SymSpell), so that a one-letter typo never leaves a message misunderstood.
 */

import { PROTECTED_WORDS } from './common-words';
import { buildDeletionIndex, deletions, type DeletionIndex } from './deletionIndex';

export interface Corrector {
  /** The corrected word, or the word itself when it is known or nothing is close. */
  correctWord(word: string): string;
  /** Corrects every word of a normalised text, except the words of `keep` (names). */
  correct(normalized: string, keep?: ReadonlySet<string>): string;
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Builds the deletion index now (it is built on first need otherwise). */
  warm(): void;
}

/** Short words are too close to each other to be corrected safely ("vol" and "viol"). */
export const MIN_CORRECTED_LENGTH = 5;
const LONG_WORD_LENGTH = 8;
const CACHE_LIMIT = 10_000;

/** Optimal string alignment distance: a swap of two letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i, ...new Array<number>(b.length).fill(0)]);
  }
  for (let j = 0; j <= b.length; j += 1) {
    rows[0][j] = j;
  }
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      }
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/** Typos are rarer at the start of a word: "secour" is "secours" rather than "secoue". */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i += 1;
  }
  return i;
}

function maxEdits(word: string): number {
  return word.length >= LONG_WORD_LENGTH ? 2 : 1;
}

/** True when every word of `part` is in `whole`, in the same order. */
function isOrderedPart(part: ReadonlyMap<string, number>, whole: ReadonlyMap<string, number>):
  boolean {
  if (part.size > whole.size) {
    return false;
  }
  const words = part.keys();
  let next = words.next();
  for (const word of whole.keys()) {
    if (next.done) {
      break;
    }
    if (word === next.value) {
      next = words.next();
    } else if (part.has(word)) {
      return false;
    }
  }
  return next.done === true;
}

interface BuiltIndex {
  vocabulary: WeakRef<ReadonlyMap<string, number>>;
  index: WeakRef<DeletionIndex>;
}

// the triage's vocabulary is the topic model's plus its own words, in the same order: the
// model's corrector reads the triage's index (~60 ms of a start) instead of its own
const builtIndexes: BuiltIndex[] = [];

/**
 * A live index built for a vocabulary holding `vocabulary` in the same order: its buckets,
 * read without the other words, are the buckets buildIndex(vocabulary) would make.
 */
function sharedIndexFor(vocabulary: ReadonlyMap<string, number>):
  DeletionIndex | undefined {
  for (let i = builtIndexes.length - 1; i >= 0; i -= 1) {
    const whole = builtIndexes[i].vocabulary.deref();
    const index = builtIndexes[i].index.deref();
    if (!whole || !index) {
      builtIndexes.splice(i, 1);
    } else if (isOrderedPart(vocabulary, whole)) {
      return index;
    }
  }
  return undefined;
}

/**
 * `vocabulary` maps each known word to its frequency (ties go to the frequent word);
 * `protectedWords` are real words it may lack, never corrected (see common-words.ts).
 */
export function createCorrector(vocabulary: ReadonlyMap<string, number>,
  protectedWords: ReadonlySet<string> = PROTECTED_WORDS): Corrector {
  // ~60 ms for a few thousand words: built after start, not before /healthz answers
  let built: DeletionIndex | undefined;
  const index = (): DeletionIndex => {
    if (!built) {
      built = sharedIndexFor(vocabulary);
    }
    if (!built) {
      built = buildDeletionIndex(vocabulary.keys(), MIN_CORRECTED_LENGTH - 1);
      builtIndexes.push({ vocabulary: new WeakRef(vocabulary), index: new WeakRef(built) });
    }
    return built;
  };
  const cache = new Map<string, string>();
  // a word longer than every known word by more than the edits allowed has no correction:
  // it is not looked up, since its deletions grow with the cube of its length (a message of
  // one 4,900-letter "word" held the recogniser for two minutes)
  let longest = 0;
  for (const known of vocabulary.keys()) {
    longest = Math.max(longest, known.length);
  }

  const lookUp = (word: string): string => {
    const edits = maxEdits(word);
    const keys = new Set<string>([word]);
    deletions(word, edits, keys);
    let best = word;
    let bestDistance = edits + 1;
    let bestPrefix = 0;
    let bestFrequency = 0;
    for (const key of keys) {
      for (const candidate of index().wordsFor(key)) {
        // a shared index also holds words of the larger vocabulary
        if (!vocabulary.has(candidate)) {
          continue;
        }
        const distance = editDistance(word, candidate);
        const prefix = commonPrefix(word, candidate);
        const frequency = vocabulary.get(candidate) ?? 0;
        const better = distance < bestDistance || (distance === bestDistance &&
          (prefix > bestPrefix || (prefix === bestPrefix && frequency > bestFrequency)));
        if (distance <= edits && better) {
          best = candidate;
          bestDistance = distance;
          bestPrefix = prefix;
          bestFrequency = frequency;
        }
      }
    }
    return best;
  };

  const correctWord = (word: string): string => {
    if (word.length < MIN_CORRECTED_LENGTH || word.length > longest + maxEdits(word) ||
      vocabulary.has(word) || /\d/.test(word) || protectedWords.has(word)) {
      return word;
    }
    const known = cache.get(word);
    if (known !== undefined) {
      return known;
    }
    const corrected = lookUp(word);
    if (cache.size >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.set(word, corrected);
    return corrected;
  };

  return {
    correctWord,
    correct: (normalized, keep) => normalized.split(' ')
      .map((word) => (keep?.has(word) ? word : correctWord(word))).join(' '),
    vocabulary,
    warm: () => {
      index();
    },
  };
}

/** Word frequencies of normalised texts, for createCorrector. */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.split(' ')) {
      if (word !== '') {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return counts;
}
