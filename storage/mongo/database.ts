import { componentLogger } from '../../core/logger';
import { assertSpec } from '../filter';
import { BOT_STATE_COLLECTION, CollectionStorage, type BotStateDocument } from '../botStorage';
import type {
  ChangeEvent, Collection, CollectionSpec, Database, Filter, HealthReport, StoredDocument,
  Subscription,
} from '../types';
import { IndexSetup, MongoCollection } from './collection';
import { changePipeline, toEvent } from './changes';
import { errorName, MongoConnection } from './connection';
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

  private constructor(private readonly connection: MongoConnection,
    private readonly now: () => number) {
    this.botStorage = new CollectionStorage(
      this.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION }));
  }

  /**
   * Resolves at once, even when the server is unreachable: the bot's FAQ and emergency
   * answers need no store. Operations connect on their own, or fail and are reported.
   */
  static async open(options: MongoOptions): Promise<MongoDatabase> {
    const connection = new MongoConnection(options.uri, options.dbName);
    connection.db().catch(() => undefined);
    return new MongoDatabase(connection, options.now ?? (() => Date.now()));
  }

  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    assertSpec(spec);
    const existing = this.opened.get(spec.name);
    if (existing !== undefined) {
      // Same name, same documents: the caller's type describes what it put in.
      return existing as unknown as Collection<T>;
    }
    const driver = async () => (await this.connection.db()).collection<MongoShape>(spec.name);
    const descriptions = indexDescriptions(spec);
    const indexes = new IndexSetup(async () => {
      if (descriptions.length > 0) {
        await (await driver()).createIndexes(descriptions).catch((error: unknown) => {
          log.error('storage.indexes_failed', { collection: spec.name, error: errorName(error) });
          throw error;
        });
      }
    });
    const created = new MongoCollection<T>(driver, spec, indexes, this.now);
    this.opened.set(spec.name, created as unknown as Collection<StoredDocument>);
    return created;
  }

  subscribe<T extends StoredDocument>(collection: string, filter: Filter,
    onChange: (event: ChangeEvent<T>) => void, onError?: (error: Error) => void): Subscription {
    const pipeline = changePipeline(filter);
    const failed = (error: Error) => {
      log.error('storage.change_stream_failed', { collection, error: errorName(error) });
      onError?.(error);
    };
    const opening = this.connection.db().then((db) => {
      const stream = db.collection(collection).watch(pipeline, { fullDocument: 'updateLookup' });
      stream.on('change', (change) => {
        const event = toEvent<T>(change);
        if (event !== undefined) {
          onChange(event);
        }
      });
      stream.on('error', failed);
      return stream;
    });
    const ready = opening.then((stream) => new Promise<void>((resolve, reject) => {
      // The first resume token comes with the server's answer to the watch: from then on
      // no change is missed ('init' is not forwarded by the driver's ChangeStream).
      stream.once('resumeTokenChanged', () => resolve());
      stream.once('error', reject);
    }));
    opening.catch(failed);
    ready.catch(() => undefined);
    return { ready, close: () => opening.then((stream) => stream.close(), () => undefined) };
  }

  async health(): Promise<HealthReport> {
    try {
      await (await this.connection.db()).command({ ping: 1 });
      return { ok: true, engine: this.engine };
    } catch (error) {
      const detail = error instanceof Error ? error.name : 'ping failed';
      return { ok: false, engine: this.engine, detail };
    }
  }

  /** For test clean-up only: removes the whole database. */
  async dropDatabase(): Promise<void> {
    await (await this.connection.db()).dropDatabase();
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
