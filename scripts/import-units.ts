/**
 * npm run import:units -- FILE.csv [--out PATH]
 * Imports the data.gouv.fr list "unités de gendarmerie accueillant du public" into the data
 * folder, where the assistant finds the nearest units. Bad rows are listed, good ones kept.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { loadConfig } from '../core/config';
import { decodeUnitsFile, parseUnitsCsv, UnitsImport } from '../geo/units-import';
import { unitsFile } from '../geo/units';

export interface ImportOptions {
  source: string;
  target: string;
}

export function parseArguments(argv: string[], dataDir: string): ImportOptions {
  const outAt = argv.indexOf('--out');
  const target = outAt >= 0 ? argv[outAt + 1] : unitsFile(dataDir);
  const source = argv.find((arg, index) =>
    !arg.startsWith('--') && (outAt < 0 || index !== outAt + 1));
  if (!source || !target || (outAt >= 0 && outAt === argv.length - 1)) {
    throw new Error('usage: npm run import:units -- FILE.csv [--out PATH]');
  }
  return { source, target };
}

/** Writes the good units (the previous list stays when none is good) and returns the report. */
export function importUnits(options: ImportOptions): UnitsImport {
  const result = parseUnitsCsv(decodeUnitsFile(readFileSync(options.source)));
  if (result.units.length > 0) {
    mkdirSync(dirname(options.target), { recursive: true });
    writeFileSync(options.target, `${JSON.stringify(result.units, null, 1)}\n`);
  }
  return result;
}

function main(): number {
  const options = parseArguments(process.argv.slice(2), loadConfig().dataDir);
  const result = importUnits(options);
  for (const { line, reason } of result.rejected) {
    process.stderr.write(`line ${line} rejected: ${reason}\n`);
  }
  if (result.units.length === 0) {
    process.stderr.write('no valid unit in this file: nothing imported\n');
    return 1;
  }
  process.stdout.write(`${result.units.length} units imported into ${options.target}, ` +
    `${result.rejected.length} rows rejected\n`);
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
