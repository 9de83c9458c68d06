import { normalizeNames } from './normalize';

/**
 * The normalised names of every entry in one string (each key ends with a newline, the
 * official name first) and, for each 3-letter start of a word, the entries holding it:
 * ~1.2 MB for the shipped table, where key arrays, Maps and number[] lists took ~20 MB.
 */

/** Normalised keys hold only spaces, digits and a-z: 37 symbols. */
const SYMBOLS = 37;
const PREFIX = 3;
const SPACE = 32;
const NEWLINE = 10;

function symbol(code: number): number {
  if (code === SPACE) {
    return 0;
  }
  if (code >= 48 && code <= 57) {
    return code - 47;
  }
  return code >= 97 && code <= 122 ? code - 86 : -1;
}

/** The number of the 3 characters at `at`, or -1 for a character no key holds. */
function prefixCode(text: string, at: number): number {
  let code = 0;
  for (let offset = 0; offset < PREFIX; offset += 1) {
    const value = symbol(text.charCodeAt(at + offset));
    if (value < 0) {
      return -1;
    }
    code = code * SYMBOLS + value;
  }
  return code;
}

/** How well the key at [start, end) answers the query: lower is better, -1 is no match. */
function rank(keys: string, start: number, end: number, query: string): number {
  if (keys.startsWith(query, start)) {
    const after = start + query.length;
    if (after === end) {
      return 0;
    }
    return keys.charCodeAt(after) === SPACE ? 1 : 2;
  }

  // a word inside the name: the query holds no newline, so it cannot run past the key
  for (let at = start; at < end; at += 1) {
    if (keys.charCodeAt(at) === SPACE && keys.startsWith(query, at + 1)) {
      return 3;
    }
  }
  return -1;
}

export class SearchKeys {
  constructor(
    private readonly keys: string,
    /** Where each entry's keys start in `keys`; one more item for the end. */
    private readonly starts: Int32Array,
    /** Where each prefix code's entries start in `postings`; one more item for the end. */
    private readonly postingStarts: Int32Array,
    private readonly postings: Int32Array,
  ) {}

  get size(): number {
    return this.starts.length - 1;
  }

  officialKey(entry: number): string {
    const start = this.starts[entry] ?? 0;
    return this.keys.slice(start, this.keys.indexOf('\n', start));
  }

  /**
   * The best rank over the entry's keys, doubled, plus one when only an alias (old
   * commune, delivery name) matches; -1 when none does. `query` is normalised, not empty.
   */
  score(entry: number, query: string): number {
    const end = this.starts[entry + 1] ?? 0;
    let best = -1;

    for (let start = this.starts[entry] ?? 0, alias = 0; start < end; alias = 1) {
      const keyEnd = this.keys.indexOf('\n', start);
      const found = rank(this.keys, start, keyEnd, query);
      const score = found * 2 + alias;
      if (found >= 0 && (best < 0 || score < best)) {
        best = score;
      }
      start = keyEnd + 1;
    }

    return best;
  }

  /**
   * Entries that may match, in table order; undefined for all of them (a query shorter
   * than a prefix). A match starts a word of a key, so each word of the query that has 3
   * letters left starts a word of that key too: the shortest of their lists is enough.
   */
  candidates(query: string): Int32Array | undefined {
    let best: Int32Array | undefined;

    for (let at = 0; at + PREFIX <= query.length; at += 1) {
      if (at > 0 && query.charCodeAt(at - 1) !== SPACE) {
        continue;
      }
      const code = prefixCode(query, at);
      if (code < 0) {
        continue;
      }
      const from = this.postingStarts[code] ?? 0;
      const to = this.postingStarts[code + 1] ?? 0;
      if (best === undefined || to - from < best.length) {
        best = this.postings.subarray(from, to);
      }
    }

    return best;
  }
}

/** A list of numbers in an Int32Array that doubles when full. */
class IntList {
  values = new Int32Array(1024);

  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }
}

/**
 * Entries by prefix code, each list in table order and without repeats: one scan of the
 * keys collects (entry, code) pairs, a counting sort groups them by code.
 */
function postingLists(keys: string, starts: Int32Array): [Int32Array, Int32Array] {
  const codeCount = SYMBOLS ** PREFIX;
  const lastEntry = new Int32Array(codeCount).fill(-1);
  const entries = new IntList();
  const codes = new IntList();

  for (let entry = 0; entry + 1 < starts.length; entry += 1) {
    const end = starts[entry + 1] ?? 0;
    let wordStart = true;
    for (let at = starts[entry] ?? 0; at < end; at += 1) {
      const char = keys.charCodeAt(at);
      // -1 where the 3 characters run into a newline, the end of a key
      const code = wordStart ? prefixCode(keys, at) : -1;
      if (code >= 0 && lastEntry[code] !== entry) {
        lastEntry[code] = entry;
        entries.push(entry);
        codes.push(code);
      }
      wordStart = char === SPACE || char === NEWLINE;
    }
  }

  const postingStarts = new Int32Array(codeCount + 1);
  for (let pair = 0; pair < codes.length; pair += 1) {
    const code = codes.values[pair] ?? 0;
    postingStarts[code + 1] = (postingStarts[code + 1] ?? 0) + 1;
  }
  for (let code = 0; code < codeCount; code += 1) {
    postingStarts[code + 1] = (postingStarts[code + 1] ?? 0) + (postingStarts[code] ?? 0);
  }
  const postings = new Int32Array(codes.length);
  const cursor = postingStarts.slice(0, codeCount);
  for (let pair = 0; pair < codes.length; pair += 1) {
    const code = codes.values[pair] ?? 0;
    postings[cursor[code] ?? 0] = entries.values[pair] ?? 0;
    cursor[code] = (cursor[code] ?? 0) + 1;
  }

  return [postingStarts, postings];
}

/**
 * Collects the names of each entry in table order, then builds the SearchKeys. Names are
 * normalised all at once; a name repeated in an entry stays (it cannot change a score).
 */
export class SearchKeysBuilder {
  private readonly names: string[] = [];

  /** How many names each entry has. */
  private readonly counts: number[] = [];

  add(names: readonly string[]): void {
    for (const name of names) {
      this.names.push(name);
    }
    this.counts.push(names.length);
  }

  build(): SearchKeys {
    const keys = normalizeNames(this.names);
    const starts = new Int32Array(this.counts.length + 1);
    let end = 0;

    this.counts.forEach((count, entry) => {
      for (let name = 0; name < count; name += 1) {
        end = keys.indexOf('\n', end) + 1;
      }
      starts[entry + 1] = end;
    });

    const [postingStarts, postings] = postingLists(keys, starts);
    return new SearchKeys(keys, starts, postingStarts, postings);
  }
}
