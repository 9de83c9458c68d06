import { readFileSync } from 'fs';
import { fromRoot } from '../core/paths';
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

function parseLine(line: string, lineNumber: number): Entry {
  const [inseeCode, postcode, name, lat, lon, aliases] = line.split('\t');
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!inseeCode || !postcode || !POSTCODE.test(postcode) || !name) {
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

export class TablePostcodeDirectory implements PostcodeDirectory {
  private readonly byCode = new Map<string, Commune[]>();

  /** Built on the first search, so that loading stays cheap at start. */
  private searchIndex: SearchEntry[] | undefined;

  constructor(private readonly entries: readonly Entry[]) {
    for (const { commune } of entries) {
      const list = this.byCode.get(commune.postcode) ?? [];
      list.push(commune);
      this.byCode.set(commune.postcode, list);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  byPostcode(postcode: string): Commune[] {
    const code = postcode.replace(/\s+/g, '');
    return POSTCODE.test(code) ? [...(this.byCode.get(code) ?? [])] : [];
  }

  searchCommune(name: string, limit = 10): Commune[] {
    const query = normalizeName(name);
    if (query === '' || limit <= 0) {
      return [];
    }
    const found: Array<{ commune: Commune; score: number }> = [];

    for (const entry of this.index()) {
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

  nearestCommune(latitude: number, longitude: number): Commune | undefined {
    let best: Commune | undefined;
    let bestDistance = Infinity;

    // flat-earth distance is enough to rank neighbours; cos(latitude) squeezes longitudes
    const squeeze = Math.cos((latitude * Math.PI) / 180);
    for (const { commune } of this.entries) {
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

  private index(): SearchEntry[] {
    this.searchIndex ??= this.entries.map(({ commune, names }) => ({
      commune,
      keys: [...new Set(names.map(normalizeName))],
    }));
    return this.searchIndex;
  }
}

export function parsePostcodeTable(text: string): TablePostcodeDirectory {
  const lines = text.split('\n');
  const entries: Entry[] = [];

  // a plain loop: this runs at every start on ~35,000 lines
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() !== '') {
      entries.push(parseLine(line, index + 1));
    }
  }

  return new TablePostcodeDirectory(entries);
}

/** Reads the shipped table once; the process keeps the directory for its lifetime. */
export function loadPostcodeDirectory(file = DEFAULT_POSTCODES_FILE): TablePostcodeDirectory {
  return parsePostcodeTable(readFileSync(file, 'utf8'));
}
