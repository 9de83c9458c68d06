import { MongoClient, type Db } from 'mongodb';
import { componentLogger } from '../../core/logger';

const log = componentLogger('storage');

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * A MongoDB connection that is made on first use and made again after a failure: the
 * driver's client stays closed for good when its first connect fails (server down at
 * start), so such a client is dropped and the next call tries a new one.
 */
export class MongoConnection {
  private current: Promise<{ client: MongoClient; db: Db }> | undefined;
  private closed = false;

  constructor(private readonly uri: string, private readonly dbName?: string) {
    // Fails at once on a malformed URI, instead of at the first write.
    this.newClient();
  }

  db(): Promise<Db> {
    if (this.closed) {
      return Promise.reject(new Error('the MongoDB store is closed'));
    }
    this.current ??= this.connect();
    return this.current.then(({ db }) => db);
  }

  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = undefined;
    await current?.then(({ client }) => client.close(), () => undefined);
  }

  private newClient(): MongoClient {
    // ignoreUndefined: an undefined field is absent, as in the embedded engine.
    return new MongoClient(this.uri, { ignoreUndefined: true });
  }

  private async connect(): Promise<{ client: MongoClient; db: Db }> {
    const client = this.newClient();
    try {
      await client.connect();
      return { client, db: client.db(this.dbName) };
    } catch (error) {
      log.error('storage.mongodb_unreachable', { error: errorName(error) });
      this.current = undefined;
      await client.close().catch(() => undefined);
      throw error;
    }
  }
}
