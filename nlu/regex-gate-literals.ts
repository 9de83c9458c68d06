import { rarestTrigramAt } from './regex-literals';
import { symbol, SYMBOLS, trigramAt } from './regex-gate-trigrams';

const TRIGRAMS = SYMBOLS ** 3;

/**
 * The literals the regex gate looks for, each indexed by its least common trigram and where
 * that trigram sits in it. A text is read once: at each of its trigrams, only the literals
 * indexed by that trigram are compared, at the one place each could start. What a reading
 * finds is exact (the literals that are in the text, no others), so no literal is looked for
 * again later.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly offsets: number[] = [];
  private readonly trigrams: number[] = [];

  // per trigram, the literals it indexes, as flat arrays built on the first reading after an add
  private starts = new Int32Array(0);
  private flat = new Int32Array(0);
  private offsetOf = new Int32Array(0);
  // a literal found twice in one text is reported once
  private seenAt = new Int32Array(0);
  private reading = 0;

  get size(): number {
    return this.texts.length;
  }

  /** The literal's number (the same for the same string). */
  add(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) {
      return known;
    }
    const id = this.texts.length;
    const at = rarestTrigramAt(literal);
    this.ids.set(literal, id);
    this.texts.push(literal);
    this.offsets.push(at);
    this.trigrams.push(trigramAt(literal, at));
    this.starts = new Int32Array(0);
    return id;
  }

  /** Writes the numbers of the literals found in `text` to `out`; returns how many. */
  find(text: string, out: Int32Array): number {
    if (this.starts.length === 0) {
      this.compile();
    }
    const { starts, flat, offsetOf, seenAt, texts } = this;
    this.reading += 1;
    const reading = this.reading;
    let found = 0;
    let trigram = 0;
    for (let i = 0; i < text.length; i += 1) {
      trigram = (trigram % (SYMBOLS * SYMBOLS)) * SYMBOLS + symbol(text.charCodeAt(i));
      if (i < 2) {
        continue;
      }
      for (let k = starts[trigram]; k < starts[trigram + 1]; k += 1) {
        const id = flat[k];
        const start = i - 2 - offsetOf[id];
        if (seenAt[id] !== reading && start >= 0 && text.startsWith(texts[id], start)) {
          seenAt[id] = reading;
          out[found] = id;
          found += 1;
        }
      }
    }
    return found;
  }

  private compile(): void {
    const count = this.texts.length;
    this.starts = new Int32Array(TRIGRAMS + 1);
    for (const trigram of this.trigrams) {
      this.starts[trigram + 1] += 1;
    }
    for (let t = 0; t < TRIGRAMS; t += 1) {
      this.starts[t + 1] += this.starts[t];
    }
    const next = this.starts.slice(0, TRIGRAMS);
    this.flat = new Int32Array(count);
    this.trigrams.forEach((trigram, id) => {
      this.flat[next[trigram]] = id;
      next[trigram] += 1;
    });
    this.offsetOf = Int32Array.from(this.offsets);
    this.seenAt = new Int32Array(count);
    this.reading = 0;
  }
}
