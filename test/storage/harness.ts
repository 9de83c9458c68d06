import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import { MongoDatabase } from '../../storage/mongo/database';
import { ResilientDatabase } from '../../storage/resilient';
import type { RetryOptions } from '../../storage/retry';
import type { Database } from '../../storage/types';

/** Retries without waiting: no test depends on a real clock. */
export const instantRetry: RetryOptions = {
  attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined,
};

/** An engine under test: a fresh empty store, and the same store opened again. */
export interface Harness {
  name: string;
  fresh(): Promise<Store>;
}

export interface Store {
  db: Database;
  /** Closes the store and opens the same data again. */
  reopen(): Promise<Database>;
  dispose(): Promise<void>;
}

export function embeddedHarness(): Harness {
  return {
    name: 'embedded',
    fresh: async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'storage-'));
      const open = async () => new ResilientDatabase(
        await EmbeddedDatabase.open({ dataDir }), instantRetry);
      const store: Store = {
        db: await open(),
        reopen: async () => {
          await store.db.close();
          store.db = await open();
          return store.db;
        },
        dispose: () => store.db.close(),
      };
      return store;
    },
  };
}

export function mongoHarness(uri: string): Harness {
  return {
    name: 'mongodb',
    fresh: async () => {
      const dbName = `brigade_test_${Date.now().toString(36)}_${process.pid}`
        + `_${Math.random().toString(36).slice(2, 8)}`;
      const open = async () => new ResilientDatabase(
        await MongoDatabase.open({ uri, dbName }), instantRetry);
      const store: Store = {
        db: await open(),
        reopen: async () => {
          await store.db.close();
          store.db = await open();
          return store.db;
        },
        dispose: async () => {
          const admin = await MongoDatabase.open({ uri, dbName });
          await admin.dropDatabase();
          await admin.close();
          await store.db.close();
        },
      };
      return store;
    },
  };
}
