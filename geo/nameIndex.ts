import { normalizeName } from './normalize';
import type { Commune } from './types';

export type NameMatch = 'exact' | 'wordPrefix';

interface Named {
  key: string;
  commune: Commune;
}

/** The first position whose key is not below `key` (binary search). */
function lowerBound(names: readonly Named[], key: string): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((names[middle]?.key ?? '') < key) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/**
 * Official commune names, normalised and sorted, for the questions a sentence asks many
 * times per message ("is 'ma commune' a commune? 'ma'?"): a binary search each, where a
 * full search ranks thousands of entries (4–9 ms for a sentence).
 */
export class CommuneNameIndex {
  private readonly names: Named[];

  constructor(communes: readonly Commune[]) {
    this.names = communes.map((commune) => ({ key: normalizeName(commune.name), commune }));
    this.names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
    const found: Commune[] = [];
    for (let at = lowerBound(this.names, wanted); at < this.names.length; at += 1) {
      const named = this.names[at];
      const fits = named !== undefined &&
        (match === 'exact' ? named.key === wanted : named.key.startsWith(wanted));
      if (!fits) {
        break;
      }
      found.push(named.commune);
    }

    return found.sort((a, b) =>
      a.name.length - b.name.length || a.postcode.localeCompare(b.postcode));
  }
}
