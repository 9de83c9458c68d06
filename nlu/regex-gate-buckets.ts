import { SYMBOLS } from './regex-gate-trigrams';

const TRIGRAMS = SYMBOLS ** 3;
const WORDS = Math.ceil(TRIGRAMS / 32);

/** The set bits of a 32-bit number. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Which entries a trigram has, as a range of their order (entries sorted by trigram). One bit
 * per trigram says whether it has any (7 kB), and a bucket is numbered by the set bits before
 * its own: a text's trigrams are looked up in memory that stays in the processor's caches,
 * where a table of every trigram's range (220 kB) missed them on most reads.
 */
export class TrigramBuckets {
  private readonly present = new Int32Array(WORDS);
  // per word of `present`, the set bits of the words before it
  private readonly before = new Int32Array(WORDS);
  // per bucket, where its entries start; one more for the end of the last
  private readonly bounds: Int32Array;

  /** `trigrams`: each entry's trigram, in the entries' order, which must be sorted. */
  constructor(trigrams: Int32Array) {
    const starts: number[] = [];
    trigrams.forEach((trigram, entry) => {
      if (entry > 0 && trigrams[entry - 1] > trigram) {
        throw new RangeError('entries must be sorted by trigram');
      }
      const word = trigram >>> 5;
      const bit = 1 << (trigram & 31);
      if ((this.present[word] & bit) === 0) {
        this.present[word] |= bit;
        starts.push(entry);
      }
    });
    starts.push(trigrams.length);
    this.bounds = Int32Array.from(starts);
    for (let word = 1; word < WORDS; word += 1) {
      this.before[word] = this.before[word - 1] + bitCount(this.present[word - 1]);
    }
  }

  /** The bucket of `trigram`'s entries, -1 when it has none. */
  bucket(trigram: number): number {
    const word = trigram >>> 5;
    const bits = this.present[word];
    const bit = 1 << (trigram & 31);
    if ((bits & bit) === 0) {
      return -1;
    }
    return this.before[word] + bitCount(bits & (bit - 1));
  }

  /** Where the bucket's entries start. */
  start(bucket: number): number {
    return this.bounds[bucket];
  }

  /** Where the bucket's entries end (the next one's start). */
  end(bucket: number): number {
    return this.bounds[bucket + 1];
  }
}
