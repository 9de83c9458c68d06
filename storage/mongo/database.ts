import { MongoClient, type Db } from 'mongodb';
import { componentLogger } from '../../core/logger';
import { BOT_STATE_COLLECTION, CollectionStorage, type BotStateDocument } from '../botStorage';
import type {
  ChangeEvent, Collection, CollectionSpec, Database, Filter, HealthReport, StoredDocument,
  Subscription,
} from '../types';
import { MongoCollection } from './collection';
import { changePipeline, toEvent } from './changes';
import { indexDescriptions, type MongoShape } from './query';

const log = componentLogger('storage');

export interface MongoOptions {
  uri: string;
  /** Database name; defaults to the one in the URI. */
  dbName?: string;
  now?: () => number;
}

/** The storage contract on MongoDB 7/8 (a replica set for subscribe()). */
export class MongoDatabase implements Database {
  readonly engine = 'mongodb';
  readonly botStorage: CollectionStorage;
  private readonly opened = new Map<string, Collection<StoredDocument>>();

  private constructor(private readonly client: MongoClient, private readonly db: Db,
    private readonly now: () => number) {
    this.botStorage = new CollectionStorage(
      this.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION }));
  }

  static async open(options: MongoOptions): Promise<MongoDatabase> {
    // ignoreUndefined: an undefined field is absent, as in the embedded engine.
    const client = new MongoClient(options.uri, { ignoreUndefined: true });
    await client.connect();
    const db = client.db(options.dbName);
    return new MongoDatabase(client, db, options.now ?? (() => Date.now()));
  }

  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    const existing = this.opened.get(spec.name);
    if (existing !== undefined) {
      // Same name, same documents: the caller's type describes what it put in.
      return existing as unknown as Collection<T>;
    }
    const driver = this.db.collection<MongoShape>(spec.name);
    const descriptions = indexDescriptions(spec);
    const ready = descriptions.length === 0
      ? Promise.resolve() : driver.createIndexes(descriptions).then(() => undefined);
    ready.catch((error: unknown) => {
      log.error('storage.indexes_failed', { collection: spec.name, error: String(error) });
    });
    const created = new MongoCollection<T>(driver, spec, ready, this.now);
    this.opened.set(spec.name, created as unknown as Collection<StoredDocument>);
    return created;
  }

  subscribe<T extends StoredDocument>(collection: string, filter: Filter,
    onChange: (event: ChangeEvent<T>) => void, onError?: (error: Error) => void): Subscription {
    const stream = this.db.collection(collection).watch(changePipeline(filter),
      { fullDocument: 'updateLookup' });
    const ready = new Promise<void>((resolve, reject) => {
      // The first resume token arrives with the server's answer to the watch: from then
      // on no change is missed ('init' is not forwarded by the driver's ChangeStream).
      stream.once('resumeTokenChanged', () => resolve());
      stream.once('error', reject);
    });
    ready.catch(() => undefined);
    stream.on('change', (change) => {
      const event = toEvent<T>(change);
      if (event !== undefined) {
        onChange(event);
      }
    });
    stream.on('error', (error) => {
      log.error('storage.change_stream_failed', { collection, error: error.name });
      onError?.(error);
    });
    return { ready, close: () => stream.close() };
  }

  async health(): Promise<HealthReport> {
    try {
      await this.db.command({ ping: 1 });
      return { ok: true, engine: this.engine };
    } catch (error) {
      const detail = error instanceof Error ? error.name : 'ping failed';
      return { ok: false, engine: this.engine, detail };
    }
  }

  /** For test clean-up only: removes the whole database. */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
