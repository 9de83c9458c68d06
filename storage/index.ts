import { componentLogger } from '../core/logger';
import { EmbeddedDatabase } from './embedded/database';
import { ResilientDatabase } from './resilient';
import { defaultRetryOptions, type RetryOptions } from './retry';
import type { Database } from './types';

export * from './types';
export { InvalidQueryError } from './filter';
export { ETagConflictError } from './botStorage';

const log = componentLogger('storage');

export interface StorageConfig {
  dataDir: string;
  mongodbUri?: string;
}

/** Knobs for tests; production uses the defaults. */
export interface OpenOptions {
  /** Milliseconds since the epoch, for retention (a fake clock in tests). */
  now?: () => number;
  purgeIntervalMs?: number;
  retry?: RetryOptions;
}

async function openEngine(config: StorageConfig, options: OpenOptions): Promise<Database> {
  if (config.mongodbUri !== undefined && config.mongodbUri !== '') {
    // Loaded only when used: the embedded default never needs the driver.
    const { MongoDatabase } = await import('./mongo/database');
    return MongoDatabase.open({ uri: config.mongodbUri, now: options.now });
  }
  return EmbeddedDatabase.open({
    dataDir: config.dataDir,
    now: options.now,
    purgeIntervalMs: options.purgeIntervalMs,
  });
}

/**
 * The one entry point to storage: MongoDB when a URI is configured, the embedded store
 * under dataDir otherwise. Callers never learn which one runs.
 */
export async function openDatabase(config: StorageConfig,
  options: OpenOptions = {}): Promise<Database> {
  const engine = await openEngine(config, options);
  log.info('storage.opened', { engine: engine.engine });
  return new ResilientDatabase(engine, options.retry ?? defaultRetryOptions);
}
