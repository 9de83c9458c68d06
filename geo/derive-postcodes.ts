/**
 * Derives geo/data/postcodes.tsv from the La Poste CSV, once, at build time:
 *   npx ts-node geo/derive-postcodes.ts ../shared/data/laposte_hexasmal_2022.csv
 * The committed table starts in a few milliseconds where the CSV would need parsing.
 */
import { readFileSync, writeFileSync } from 'fs';
import { parseLaPosteCsv, toCompactTsv } from './laposte';
import { DEFAULT_POSTCODES_FILE } from './postcodes';

function main(argv: string[]): void {
  const [source, target = DEFAULT_POSTCODES_FILE] = argv;
  if (!source) {
    throw new Error('usage: derive-postcodes LAPOSTE_CSV [OUTPUT_TSV]');
  }
  const communes = parseLaPosteCsv(readFileSync(source, 'utf8'));
  writeFileSync(target, toCompactTsv(communes));
  process.stdout.write(`${communes.length} communes written to ${target}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2));
}
