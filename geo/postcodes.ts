import { readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import { readCommuneTable, type CommuneTable } from './communeTable';
import { CommuneNameIndex, type NameMatch } from './nameIndex';
import { normalizeName } from './normalize';
import { SearchKeysBuilder, type SearchKeys } from './searchKeys';
import type { Commune, PostcodeDirectory } from './types';

/** Derived from the La Poste base by geo/derive-postcodes.ts (see geo/data/SOURCES.md). */
export const DEFAULT_POSTCODES_FILE = fromRoot('geo', 'data', 'postcodes.tsv');

const POSTCODE = /^[0-9]{5}$/;

/** Entries by postcode, table order within one: the shipped table is sorted already. */
function byPostcodeOrder(codes: Int32Array): Int32Array {
  const order = Int32Array.from(codes.keys());
  const sorted = codes.every((code, entry) => entry === 0 || (codes[entry - 1] ?? 0) <= code);
  return sorted ? order : order.sort((a, b) => (codes[a] ?? 0) - (codes[b] ?? 0) || a - b);
}

/**
 * Every search structure is built at load (~110 ms, ~4.7 MB with the table text, for the
 * shipped table) rather than on the first search, which blocked every conversation for
 * ~200 ms on some citizen's turn and kept ~32 MB. Communes are made only when returned.
 */
export class TablePostcodeDirectory implements PostcodeDirectory {
  /** Entries sorted by postcode, table order within a postcode. */
  private readonly byCode: Int32Array;

  private readonly names: CommuneNameIndex;

  /** Each entry's last score, written by searchCommune before it reads it (ranks 0..7). */
  private readonly scores: Int8Array;

  constructor(private readonly table: CommuneTable, private readonly keys: SearchKeys) {
    const codes = table.postcode;
    this.scores = new Int8Array(table.size);
    this.byCode = byPostcodeOrder(codes);
    this.names = new CommuneNameIndex({
      size: table.size,
      key: (entry) => keys.officialKey(entry),
      commune: (entry) => table.commune(entry),
      compare: (a, b) => (table.nameLength[a] ?? 0) - (table.nameLength[b] ?? 0) ||
        (codes[a] ?? 0) - (codes[b] ?? 0),
    });
  }

  get size(): number {
    return this.table.size;
  }

  byPostcode(postcode: string): Commune[] {
    const code = postcode.replace(/\s+/g, '');
    if (!POSTCODE.test(code)) {
      return [];
    }
    const wanted = Number(code);
    const codes = this.table.postcode;
    const found: Commune[] = [];

    for (let at = this.firstWithCode(wanted); at < this.byCode.length; at += 1) {
      const entry = this.byCode[at] ?? 0;
      if (codes[entry] !== wanted) {
        break;
      }
      found.push(this.table.commune(entry));
    }

    return found;
  }

  searchCommune(name: string, limit = 10): Commune[] {
    const query = normalizeName(name);
    if (query === '' || limit <= 0) {
      return [];
    }
    const entries: number[] = [];
    const { scores } = this;

    const candidates = this.keys.candidates(query);
    const count = candidates ? candidates.length : this.table.size;
    for (let at = 0; at < count; at += 1) {
      const entry = candidates ? candidates[at] ?? 0 : at;
      const score = this.keys.score(entry, query);
      if (score >= 0) {
        entries.push(entry);
        scores[entry] = score;
      }
    }

    // a stable sort of entries in table order: ties keep it; 5-digit postcodes sort as numbers
    const { nameLength, postcode } = this.table;
    entries.sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) ||
      (nameLength[a] ?? 0) - (nameLength[b] ?? 0) || (postcode[a] ?? 0) - (postcode[b] ?? 0));
    return entries.slice(0, limit).map((entry) => this.table.commune(entry));
  }

  communesNamed(name: string, match: NameMatch): Commune[] {
    return this.names.find(name, match);
  }

  namesOneEditFrom(name: string, most: number): string[] {
    return this.names.namesOneEditFrom(name, most);
  }

  nearestCommune(latitude: number, longitude: number): Commune | undefined {
    const { latitude: latitudes, longitude: longitudes } = this.table;
    let best = -1;
    let bestDistance = Infinity;

    // flat-earth distance is enough to rank neighbours; cos(latitude) squeezes longitudes
    const squeeze = Math.cos((latitude * Math.PI) / 180);
    for (let entry = 0; entry < latitudes.length; entry += 1) {
      const dLat = (latitudes[entry] ?? NaN) - latitude;
      const dLon = ((longitudes[entry] ?? NaN) - longitude) * squeeze;
      const distance = dLat * dLat + dLon * dLon;
      if (distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }

    return best < 0 ? undefined : this.table.commune(best);
  }

  /** The first position in byCode whose postcode is not below `code` (binary search). */
  private firstWithCode(code: number): number {
    const codes = this.table.postcode;
    let low = 0;
    let high = this.byCode.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((codes[this.byCode[middle] ?? 0] ?? 0) < code) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}

/** Checks every line of the table and builds the directory; a bad line names its number. */
export function parsePostcodeTable(text: string): TablePostcodeDirectory {
  const keys = new SearchKeysBuilder();
  const table = readCommuneTable(text, (names) => keys.add(names));
  return new TablePostcodeDirectory(table, keys.build());
}

/** Reads the shipped table once; the process keeps the directory for its lifetime. */
export function loadPostcodeDirectory(file = DEFAULT_POSTCODES_FILE): TablePostcodeDirectory {
  return parsePostcodeTable(readFileSync(file, 'utf8'));
}
