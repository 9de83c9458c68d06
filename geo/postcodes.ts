import { readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
import { CommuneNameIndex, type NameMatch } from './nameIndex';
import { normalizeName } from './normalize';
import type { Commune, PostcodeDirectory } from './types';

/** Derived from the La Poste base by geo/derive-postcodes.ts (see geo/data/SOURCES.md). */
export const DEFAULT_POSTCODES_FILE = fromRoot('geo', 'data', 'postcodes.tsv');

interface Entry {
  commune: Commune;
  /** Official name first, then the delivery names and localities. */
  names: string[];
}

interface SearchEntry {
  commune: Commune;
  /** Normalised names, official first. */
  keys: string[];
}

const POSTCODE = /^[0-9]{5}$/;
const INSEE = /^[0-9][0-9AB][0-9]{3}$/;

const NUMBER = '-?[0-9]+(?:\\.[0-9]+)?';
/** A well-formed line; the INSEE code is 5 characters, so the postcode sits at 6..11. */
const LINE = new RegExp(
  `^[0-9][0-9AB][0-9]{3}\\t[0-9]{5}\\t[^\\t]+\\t${NUMBER}\\t${NUMBER}(?:\\t|$)`);

function parseLine(line: string, lineNumber: number): Entry {
  const [inseeCode, postcode, name, lat, lon, aliases] = line.split('\t');
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!inseeCode || !INSEE.test(inseeCode) || !postcode || !POSTCODE.test(postcode) || !name) {
    throw new Error(`postcode table line ${lineNumber}: bad INSEE code, postcode or name`);
  }
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || lat === '' || lon === '') {
    throw new Error(`postcode table line ${lineNumber}: bad coordinates`);
  }
  return {
    commune: { inseeCode, postcode, name, latitude, longitude },
    names: [name, ...(aliases ? aliases.split('|') : [])],
  };
}

/** How well a key answers the query: lower is better, undefined is no match. */
function rank(key: string, query: string): number | undefined {
  if (key === query) {
    return 0;
  }
  if (key.startsWith(`${query} `)) {
    return 1;
  }
  if (key.startsWith(query)) {
    return 2;
  }
  if (key.includes(` ${query}`)) {
    return 3;
  }
  return undefined;
}

function bestRank(entry: SearchEntry, query: string): number | undefined {
  let best: number | undefined;

  // a plain loop: every search visits ~35,000 entries
  for (let index = 0; index < entry.keys.length; index += 1) {
    const found = rank(entry.keys[index] ?? '', query);
    // an alias (old commune, delivery name) counts a little less than the official name
    const score = found === undefined ? undefined : found * 2 + (index === 0 ? 0 : 1);
    if (score !== undefined && (best === undefined || score < best)) {
      best = score;
    }
  }

  return best;
}

/**
 * A query matches only at the start of a word of a name (see rank): entries are indexed by
 * the first 3 and the first 8 characters there ("sai" holds every Saint-*, "saint et" few).
 */
const PREFIXES = [8, 3];

function wordPrefixes(key: string, length: number): string[] {
  const prefixes = [key.slice(0, length)];
  for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) {
    prefixes.push(key.slice(space + 1, space + 1 + length));
  }
  return prefixes;
}

/** Entry numbers by the first letters of each word of their names, in table order. */
function prefixIndex(entries: readonly SearchEntry[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  entries.forEach((entry, number) => {
    for (const length of PREFIXES) {
      for (const prefix of entry.keys.flatMap((key) => wordPrefixes(key, length))) {
        // a short name's 8-prefix is its 3-prefix: skip it, it is indexed at length 3
        if (prefix.length !== length) {
          continue;
        }
        const list = byPrefix.get(prefix) ?? [];
        if (list[list.length - 1] !== number) {
          list.push(number);
        }
        byPrefix.set(prefix, list);
      }
    }
  });
  return byPrefix;
}

/**
 * The table stays as text lines until needed: the start only checks each line and indexes
 * it by postcode (a few milliseconds); communes are parsed when a postcode is asked, and
 * all of them on the first name search.
 */
export class TablePostcodeDirectory implements PostcodeDirectory {
  private readonly parsed = new Map<number, Entry>();

  /** Built on the first search, so that loading stays cheap at start. */
  private searchIndex: SearchEntry[] | undefined;

  /** Also built on the first search: without it each search scanned every entry (~3 ms). */
  private byPrefix: Map<string, number[]> | undefined;

  private nameIndex: CommuneNameIndex | undefined;

  constructor(
    private readonly lines: readonly string[],
    private readonly byCode: ReadonlyMap<string, readonly number[]>,
    readonly size: number,
  ) {}

  byPostcode(postcode: string): Commune[] {
    const code = postcode.replace(/\s+/g, '');
    const found = POSTCODE.test(code) ? this.byCode.get(code) ?? [] : [];
    return found.map((index) => this.entry(index).commune);
  }

  searchCommune(name: string, limit = 10): Commune[] {
    const query = normalizeName(name);
    if (query === '' || limit <= 0) {
      return [];
    }
    const found: Array<{ commune: Commune; score: number }> = [];

    for (const entry of this.candidates(query)) {
      const score = bestRank(entry, query);
      if (score !== undefined) {
        found.push({ commune: entry.commune, score });
      }
    }

    found.sort((a, b) =>
      a.score - b.score ||
      a.commune.name.length - b.commune.name.length ||
      a.commune.postcode.localeCompare(b.commune.postcode));
    return found.slice(0, limit).map(({ commune }) => commune);
  }

  communesNamed(name: string, match: NameMatch): Commune[] {
    this.nameIndex ??= new CommuneNameIndex(this.index().map((entry) => entry.commune));
    return this.nameIndex.find(name, match);
  }

  nearestCommune(latitude: number, longitude: number): Commune | undefined {
    let best: Commune | undefined;
    let bestDistance = Infinity;

    // flat-earth distance is enough to rank neighbours; cos(latitude) squeezes longitudes
    const squeeze = Math.cos((latitude * Math.PI) / 180);
    for (const { commune } of this.index()) {
      const dLat = commune.latitude - latitude;
      const dLon = (commune.longitude - longitude) * squeeze;
      const distance = dLat * dLat + dLon * dLon;
      if (distance < bestDistance) {
        best = commune;
        bestDistance = distance;
      }
    }

    return best;
  }

  private entry(index: number): Entry {
    let entry = this.parsed.get(index);
    if (!entry) {
      entry = parseLine(this.lines[index] ?? '', index + 1);
      this.parsed.set(index, entry);
    }
    return entry;
  }

  /** The entries a query can match, in table order (so ties sort as before). */
  private candidates(query: string): readonly SearchEntry[] {
    const entries = this.index();
    const length = PREFIXES.find((prefix) => query.length >= prefix);
    if (length === undefined) {
      return entries;
    }
    this.byPrefix ??= prefixIndex(entries);
    return (this.byPrefix.get(query.slice(0, length)) ?? []).map((number) => entries[number]);
  }

  private index(): SearchEntry[] {
    if (!this.searchIndex) {
      const all = [...this.byCode.values()].flat().sort((a, b) => a - b);
      this.searchIndex = all.map((index) => {
        const { commune, names } = this.entry(index);
        return { commune, keys: [...new Set(names.map(normalizeName))] };
      });
    }
    return this.searchIndex;
  }
}

export function parsePostcodeTable(text: string): TablePostcodeDirectory {
  const lines = text.split('\n');
  const byCode = new Map<string, number[]>();
  let size = 0;

  // a plain loop and one regular expression: this runs at every start on ~35,000 lines
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      continue;
    }
    if (!LINE.test(line)) {
      parseLine(line, index + 1);
      throw new Error(`postcode table line ${index + 1}: malformed`);
    }
    const code = line.slice(6, 11);
    const list = byCode.get(code);
    if (list) {
      list.push(index);
    } else {
      byCode.set(code, [index]);
    }
    size += 1;
  }

  return new TablePostcodeDirectory(lines, byCode, size);
}

/** Reads the shipped table once; the process keeps the directory for its lifetime. */
export function loadPostcodeDirectory(file = DEFAULT_POSTCODES_FILE): TablePostcodeDirectory {
  return parsePostcodeTable(readFileSync(file, 'utf8'));
}
