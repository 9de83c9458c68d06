import { sortedByKey } from './keyOrder';
import { normalizeName } from './normalize';
import { firstWordsEnd, oneEditApart } from './typo';
import type { Commune } from './types';

export type NameMatch = 'exact' | 'wordPrefix';

/**
 * Names of 4 words or more are ~3,400 of 35,000: a query of 5 words or more is read
 * against those only.
 */
const LONG_NAME_WORDS = 4;

/** What the index reads of a list of communes, numbered from 0 in table order. */
export interface NamedEntries {
  readonly size: number;
  /** The normalised official name. */
  key(entry: number): string;
  commune(entry: number): Commune;
  /** Shortest official name first, then by postcode. */
  compare(a: number, b: number): number;
}

/** Plain Commune objects as NamedEntries (a short list, or a test's). */
export function namedList(communes: readonly Commune[]): NamedEntries {
  const keys = communes.map((commune) => normalizeName(commune.name));
  const at = (entry: number): Commune => {
    const commune = communes[entry];
    if (!commune) {
      throw new RangeError(`no commune ${entry} in a list of ${communes.length}`);
    }
    return commune;
  };

  return {
    size: communes.length,
    key: (entry) => keys[entry] ?? '',
    commune: at,
    compare: (a, b) => at(a).name.length - at(b).name.length ||
      at(a).postcode.localeCompare(at(b).postcode),
  };
}

/**
 * Official commune names, normalised and sorted, for the questions a sentence asks many
 * times per message ("is 'ma commune' a commune? 'ma'?"): a binary search each, where a
 * full search ranks thousands of entries (4–9 ms for a sentence). Only the order is kept
 * (4 bytes an entry); the keys are read from the entries.
 */
export class CommuneNameIndex {
  private readonly order: Int32Array;
  /** Positions in `order` of the names of LONG_NAME_WORDS words or more, ascending. */
  private longNames: Int32Array | undefined;
  /** Words of each name of `longNames`, at the same index. */
  private longWords = new Uint8Array(0);

  constructor(private readonly entries: NamedEntries) {
    const keys = Array.from({ length: entries.size }, (_, entry) => entries.key(entry));
    this.order = sortedByKey(keys);
  }

  /**
   * Communes officially named `name` ('exact'), or whose official name starts with `name`
   * followed by more words ('wordPrefix'); shortest names first, then by postcode.
   */
  find(name: string, match: NameMatch): Commune[] {
    const query = normalizeName(name);
    if (query === '') {
      return [];
    }

    const wanted = match === 'exact' ? query : `${query} `;
    const found: number[] = [];
    for (let at = this.lowerBound(wanted); at < this.order.length; at += 1) {
      const entry = this.order[at] ?? 0;
      const key = this.entries.key(entry);
      if (match === 'exact' ? key !== wanted : !key.startsWith(wanted)) {
        break;
      }
      found.push(entry);
    }

    found.sort((a, b) => this.entries.compare(a, b));
    return found.map((entry) => this.entries.commune(entry));
  }

  /**
   * The official names (or their first words, as many as typed: "marseille" of "marseille
   * 01") a letter away from `name` ("montpelier": Montélier, Montpellier); none when more
   * than `most` are. Only names of the same first letter are read, never the whole table.
   */
  namesOneEditFrom(name: string, most: number): string[] {
    const query = normalizeName(name);
    const words = query.split(' ').length;
    const found: string[] = [];

    const visit = (at: number): void => {
      const key = this.entries.key(this.order[at] ?? 0);
      const headEnd = firstWordsEnd(key, words);
      // most names differ in length: they are passed over without a copy
      if (Math.abs(headEnd - query.length) > 1) {
        return;
      }
      const head = key.slice(0, headEnd);
      if (!found.includes(head) && oneEditApart(query, head)) {
        found.push(head);
      }
    };
    const start = this.lowerBound(query.charAt(0));
    const end = this.lowerBound(String.fromCharCode(query.charCodeAt(0) + 1));
    // one edit adds or drops at most one space: a name needs `words - 1` words or more, and
    // a sentence typed where a commune was asked ("je veux porter plainte pour le vol de mon
    // velo") is read against the few long names, not against every name of its letter
    if (words - 1 >= LONG_NAME_WORDS) {
      this.readLongNames().forEach((at, i) => {
        if (at >= start && at < end && (this.longWords[i] ?? 0) >= words - 1) {
          visit(at);
        }
      });
    } else {
      for (let at = start; at < end; at += 1) {
        visit(at);
      }
    }
    return found.length <= most ? found : [];
  }

  /** The long names, found on the first long query (a start does not wait for them). */
  private readLongNames(): Int32Array {
    if (this.longNames === undefined) {
      const long: number[] = [];
      const words: number[] = [];
      this.order.forEach((entry, at) => {
        const count = this.entries.key(entry).split(' ').length;
        if (count >= LONG_NAME_WORDS) {
          long.push(at);
          words.push(Math.min(count, 255));
        }
      });
      this.longNames = Int32Array.from(long);
      this.longWords = Uint8Array.from(words);
    }
    return this.longNames;
  }

  /** The first position whose key is not below `key` (binary search). */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries.key(this.order[middle] ?? 0) < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
