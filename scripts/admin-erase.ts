import { loadConfig } from '../core/config';
import {
  ERASABLE, describeErasure, eraseConversation, eraseReference, type Erasure,
} from '../security/erasure';
import { openDatabase, type StorageConfig } from '../storage';

/**
 * Erasure on request: `npm run erase -- --conversation ID` or `--reference PP-XXXX-XXXX`
 * (or OTV-…). Prints what it deleted. With the embedded store, run it while the server is
 * stopped (one process per DATA_DIR); the store is then reopened once so that its journal
 * is rewritten without the erased documents.
 */
const USAGE = 'usage: npm run erase -- --conversation <id> | --reference <PP-XXXX-XXXX>';

type Target = { kind: 'conversation' | 'reference'; value: string };

export function parseEraseArgs(args: string[]): Target {
  if (args.length !== 2 || !['--conversation', '--reference'].includes(args[0])
    || args[1].trim() === '') {
    throw new Error(USAGE);
  }
  return { kind: args[0] === '--conversation' ? 'conversation' : 'reference', value: args[1] };
}

async function erase(storage: StorageConfig, target: Target): Promise<Erasure> {
  const database = await openDatabase(storage);
  try {
    return target.kind === 'conversation'
      ? await eraseConversation(database, target.value)
      : await eraseReference(database, target.value);
  } finally {
    await database.close();
  }
}

/** Opening a collection of the embedded store compacts its journal: erased lines go. */
async function compact(storage: StorageConfig, erasure: Erasure): Promise<void> {
  if (storage.mongodbUri !== undefined) {
    return;
  }
  const database = await openDatabase(storage);
  try {
    for (const spec of ERASABLE.filter((candidate) => candidate.name in erasure.deleted)) {
      await database.collection(spec).count({});
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const target = parseEraseArgs(process.argv.slice(2));
  const config = loadConfig();
  const storage = { dataDir: config.dataDir, mongodbUri: config.mongodbUri };

  const erasure = await erase(storage, target);
  await compact(storage, erasure);

  process.stdout.write(`${describeErasure(erasure)}\n`);
  const total = Object.values(erasure.deleted).reduce((sum, count) => sum + count, 0);
  if (total === 0) {
    process.stderr.write(`nothing found for ${target.kind} ${target.value}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
