import { rarestTrigramAt } from './regex-literals';
import { symbol, SYMBOLS, trigramAt } from './regex-gate-trigrams';

const TRIGRAMS = SYMBOLS ** 3;

/**
 * The literals the regex gate looks for, each indexed by one of its trigrams and where that
 * trigram sits in it. A text is read once: at each of its trigrams, only the literals indexed
 * by that trigram are compared, at the one place each could start. What a reading finds is
 * exact (the literals that are in the text, no others), so no literal is looked for again.
 */
export class LiteralIndex {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  // per trigram, the literals it indexes and where, as flat arrays built on the first reading
  // after an add
  private starts = new Int32Array(0);
  private flat = new Int32Array(0);
  private offsetOf = new Int32Array(0);
  // a literal found twice in one text is reported once
  private seenAt = new Int32Array(0);
  private reading = 0;

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
    this.ids.set(literal, id);
    this.texts.push(literal);
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
    const { texts } = this;
    const sharing = this.sharing();
    const chosen = texts.map((literal) => this.indexTrigramAt(literal, sharing));
    const trigrams = texts.map((literal, id) => trigramAt(literal, chosen[id]));
    this.starts = new Int32Array(TRIGRAMS + 1);
    for (const trigram of trigrams) {
      this.starts[trigram + 1] += 1;
    }
    for (let t = 0; t < TRIGRAMS; t += 1) {
      this.starts[t + 1] += this.starts[t];
    }
    const next = this.starts.slice(0, TRIGRAMS);
    this.flat = new Int32Array(texts.length);
    trigrams.forEach((trigram, id) => {
      this.flat[next[trigram]] = id;
      next[trigram] += 1;
    });
    this.offsetOf = Int32Array.from(chosen);
    this.seenAt = new Int32Array(texts.length);
    this.reading = 0;
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
    let best = rarestTrigramAt(literal);
    for (let at = 0; at + 3 <= literal.length; at += 1) {
      if (sharing[trigramAt(literal, at)] < sharing[trigramAt(literal, best)]) {
        best = at;
      }
    }
    return best;
  }
}
