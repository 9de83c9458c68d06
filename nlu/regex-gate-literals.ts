import { TrigramBuckets } from './regex-gate-buckets';
import { rarestTrigramAt } from './regex-literals';
import { symbol, SYMBOLS, trigramAt } from './regex-gate-trigrams';

const TRIGRAMS = SYMBOLS ** 3;
// unknown symbols before and after a text: no literal has them
const PAD = 2;
const NONE = 63;
const BITS = 6;
const AROUND = (1 << (4 * BITS)) - 1;
// an entry's place: the literal's number shifted by PLACE_BITS, and where its trigram starts
const PLACE_BITS = 12;
const PLACES = 1 << PLACE_BITS;
const MAX_LITERALS = 1 << (31 - PLACE_BITS);
// per set of the four places around a trigram a literal has (a bit each), the mask of their
// symbols in a packed `around`
const MASKS = Int32Array.from({ length: 16 }, (_, has) =>
  [8, 4, 2, 1].reduce((mask, bit) => (mask << BITS) | (has & bit ? (1 << BITS) - 1 : 0), 0));

/**
 * The two symbols before the trigram that ends at the text's i-th character, and the two
 * after it, packed in one number (`symbols` as `symbolsOf` returns them).
 */
function around(symbols: Uint8Array, i: number): number {
  return (((symbols[i - 2 + PAD - 2] << BITS | symbols[i - 2 + PAD - 1]) << BITS |
    symbols[i + PAD + 1]) << BITS) | symbols[i + PAD + 2];
}

/**
 * A literal's entry check: its symbols around its trigram at `at`, packed as `around` packs a
 * text's, and above them which of the four places it has.
 */
function checkOf(literal: string, at: number): number {
  let packed = 0;
  let has = 0;
  for (const place of [at - 2, at - 1, at + 3, at + 4]) {
    const inside = place >= 0 && place < literal.length;
    packed = (packed << BITS) | (inside ? symbol(literal.charCodeAt(place)) : 0);
    has = (has << 1) | (inside ? 1 : 0);
  }
  return (has << (4 * BITS)) | packed;
}

/**
 * The literals the regex gate looks for, each indexed by one of its trigrams and where that
 * trigram sits in it. A text is read once: at each of its trigrams, only the literals indexed
 * by that trigram are compared, at the one place each could start. What a reading finds is
 * exact (the literals that are in the text, no others), so no literal is looked for again.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  // the literals by their indexing trigram, built on the first reading after an add: per
  // entry two numbers side by side, its check (see `checkOf`: most entries of a bucket fail
  // it, without reading the literal) and its place (see PLACES), so a bucket is read in order
  private buckets = new TrigramBuckets(new Int32Array(0));
  private entries = new Int32Array(0);
  private compiled = false;
  // a literal found twice in one text is reported once
  private seenAt = new Int32Array(0);
  private reading = 0;
  // the text's symbols, with room for the neighbours of its first and last trigrams
  private symbols = new Uint8Array(64);

  get size(): number {
    return this.texts.length;
  }

  /** The literal's number (the same for the same string); three characters or more. */
  add(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) {
      return known;
    }
    const id = this.texts.length;
    if (id >= MAX_LITERALS) {
      throw new RangeError(`the regex gate holds at most ${MAX_LITERALS} literals`);
    }
    this.ids.set(literal, id);
    this.texts.push(literal);
    this.compiled = false;
    return id;
  }

  /** Writes the numbers of the literals found in `text` to `out`; returns how many. */
  find(text: string, out: Int32Array): number {
    if (!this.compiled) {
      this.compile();
    }
    const symbols = this.symbolsOf(text);
    const { buckets, entries, seenAt, texts } = this;
    this.reading += 1;
    const reading = this.reading;
    let found = 0;
    for (let i = 2; i < text.length; i += 1) {
      // the trigram that ends at the text's i-th character (symbols are PAD places on)
      const bucket = buckets.bucket((symbols[i] * SYMBOLS + symbols[i + 1]) * SYMBOLS +
        symbols[i + 2]);
      if (bucket < 0) {
        continue;
      }
      const near = around(symbols, i);
      const end = 2 * buckets.end(bucket);
      for (let k = 2 * buckets.start(bucket); k < end; k += 2) {
        const check = entries[k];
        if ((near & MASKS[check >>> (4 * BITS)]) !== (check & AROUND)) {
          continue;
        }
        const id = entries[k + 1] >>> PLACE_BITS;
        const start = i - 2 - (entries[k + 1] & (PLACES - 1));
        if (seenAt[id] !== reading && start >= 0 && text.startsWith(texts[id], start)) {
          seenAt[id] = reading;
          out[found] = id;
          found += 1;
        }
      }
    }
    return found;
  }

  /** The text's symbols after PAD unknown ones, and PAD more after its end. */
  private symbolsOf(text: string): Uint8Array {
    if (this.symbols.length < text.length + 2 * PAD) {
      this.symbols = new Uint8Array(2 * (text.length + 2 * PAD));
    }
    const { symbols } = this;
    symbols.fill(NONE, 0, PAD);
    for (let i = 0; i < text.length; i += 1) {
      symbols[i + PAD] = symbol(text.charCodeAt(i));
    }
    symbols.fill(NONE, text.length + PAD, text.length + 2 * PAD);
    return symbols;
  }

  private compile(): void {
    const { texts } = this;
    const sharing = this.sharing();
    const chosen = texts.map((literal) => this.indexTrigramAt(literal, sharing));
    const trigrams = texts.map((literal, id) => trigramAt(literal, chosen[id]));
    const order = texts.map((_, id) => id).sort((a, b) => trigrams[a] - trigrams[b] || a - b);
    this.buckets = new TrigramBuckets(Int32Array.from(order, (id) => trigrams[id]));
    this.entries = new Int32Array(2 * texts.length);
    order.forEach((id, k) => {
      this.entries[2 * k] = checkOf(texts[id], chosen[id]);
      this.entries[2 * k + 1] = (id << PLACE_BITS) | chosen[id];
    });
    this.seenAt = new Int32Array(texts.length);
    this.reading = 0;
    this.compiled = true;
  }

  /** Per trigram, how many literals have it. */
  private sharing(): Int32Array {
    const counts = new Int32Array(TRIGRAMS);
    const last = new Int32Array(TRIGRAMS).fill(-1);
    this.texts.forEach((literal, id) => {
      for (let at = 0; at + 3 <= literal.length; at += 1) {
        const trigram = trigramAt(literal, at);
        if (last[trigram] !== id) {
          last[trigram] = id;
          counts[trigram] += 1;
        }
      }
    });
    return counts;
  }

  /**
   * The trigram fewest other literals have: a common one ("mon" of "mon daron", " de") sends
   * every text that has it to compare dozens of literals. Ties go to the rarer letters.
   */
  private indexTrigramAt(literal: string, sharing: Int32Array): number {
    // a place is held in PLACE_BITS
    let best = Math.min(rarestTrigramAt(literal), PLACES - 1);
    for (let at = 0; at + 3 <= literal.length && at < PLACES; at += 1) {
      if (sharing[trigramAt(literal, at)] < sharing[trigramAt(literal, best)]) {
        best = at;
      }
    }
    return best;
  }
}
