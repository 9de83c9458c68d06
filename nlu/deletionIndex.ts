/**
 * The deletion index of the spelling corrector (SymSpell): every string made by deleting up
 * to two letters of a known word leads back to that word. It is held in two typed arrays
 * (a hash of each deletion beside the word's number, sorted) rather than a Map of strings:
 * the triage's vocabulary makes about a million deletions, ~19 MB of heap as a Map of
 * strings and arrays, a few MB this way.
 */

/** How many letters the index deletes from a known word. */
export const INDEX_DELETIONS = 2;

// an entry is hash * WORD_SPACE + word number, exact in a double (hashes are 32 bits)
const WORD_SPACE = 2 ** 21;
const INITIAL_ENTRIES = 1 << 16;

/** Adds to `into` every string made by deleting 1 to `depth` letters of `word`. */
export function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) {
    return;
  }
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/** FNV-1a over the UTF-16 code units: collisions only cost a check (isDeletionOf). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** True when `key` is `word` with 0 to INDEX_DELETIONS letters deleted. */
function isDeletionOf(key: string, word: string): boolean {
  const extra = word.length - key.length;
  if (extra < 0 || extra > INDEX_DELETIONS) {
    return false;
  }
  let k = 0;
  for (let w = 0; w < word.length && k < key.length; w += 1) {
    if (word[w] === key[k]) {
      k += 1;
    }
  }
  return k === key.length;
}

export interface DeletionIndex {
  /** The indexed words one of whose deletions (or itself) is `key`, in vocabulary order. */
  wordsFor(key: string): string[];
}

/** First position of `hash` in the sorted `hashes` (or where it would be). */
function lowerBound(hashes: Uint32Array, hash: number): number {
  let low = 0;
  let high = hashes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hashes[middle] < hash) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Indexes the words of `vocabulary` (in its order) of at least `minLength` letters. */
export function buildDeletionIndex(vocabulary: Iterable<string>, minLength: number):
  DeletionIndex {
  const words: string[] = [];
  let entries = new Float64Array(INITIAL_ENTRIES);
  let count = 0;
  for (const word of vocabulary) {
    if (word.length < minLength) {
      continue;
    }
    if (words.length >= WORD_SPACE) {
      throw new Error(`the deletion index holds at most ${WORD_SPACE} words`);
    }
    const keys = new Set<string>([word]);
    deletions(word, INDEX_DELETIONS, keys);
    if (count + keys.size > entries.length) {
      const larger = new Float64Array(Math.max(entries.length * 2, count + keys.size));
      larger.set(entries.subarray(0, count));
      entries = larger;
    }
    for (const key of keys) {
      entries[count] = hashOf(key) * WORD_SPACE + words.length;
      count += 1;
    }
    words.push(word);
  }

  // sorted by hash, then by word number: a key's words come out in vocabulary order
  const sorted = entries.subarray(0, count).sort();
  const hashes = new Uint32Array(count);
  const ids = words.length <= 0x10000 ? new Uint16Array(count) : new Uint32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i += 1) {
    // two deletions of one word with the same hash would list the word twice
    if (i > 0 && sorted[i] === sorted[i - 1]) {
      continue;
    }
    hashes[kept] = Math.floor(sorted[i] / WORD_SPACE);
    ids[kept] = sorted[i] % WORD_SPACE;
    kept += 1;
  }
  return compactIndex(words, hashes.slice(0, kept), ids.slice(0, kept));
}

function compactIndex(words: readonly string[], hashes: Uint32Array,
  ids: Uint16Array | Uint32Array): DeletionIndex {
  return {
    wordsFor: (key) => {
      const hash = hashOf(key);
      const found: string[] = [];
      for (let i = lowerBound(hashes, hash); i < hashes.length && hashes[i] === hash; i += 1) {
        const word = words[ids[i]];
        if (isDeletionOf(key, word)) {
          found.push(word);
        }
      }
      return found;
    },
  };
}
