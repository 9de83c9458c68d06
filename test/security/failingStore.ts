import type { Storage } from 'botbuilder';
import { EmbeddedDatabase } from '../../storage/embedded/database';
import { ResilientDatabase } from '../../storage/resilient';
import type {
  Collection, CollectionSpec, Database, Filter, FindOptions, HealthReport, StoredDocument,
} from '../../storage/types';

/** What a full disk or a lost MongoDB primary does to a write. */
function ioError(): Error {
  return Object.assign(new Error('write refused by the test'), { code: 'EIO' });
}

/** Reads answer; writes fail while the switch is on. */
class SwitchedCollection<T extends StoredDocument> implements Collection<T> {
  constructor(private readonly inner: Collection<T>, private readonly broken: () => boolean) {}

  insert(doc: T): Promise<void> {
    return this.guard(() => this.inner.insert(doc));
  }

  get(id: string): Promise<T | undefined> {
    return this.inner.get(id);
  }

  find(filter: Filter, options?: FindOptions): Promise<T[]> {
    return this.inner.find(filter, options);
  }

  count(filter: Filter): Promise<number> {
    return this.inner.count(filter);
  }

  update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    return this.guard(() => this.inner.update(id, changes, when));
  }

  put(doc: T): Promise<void> {
    return this.guard(() => this.inner.put(doc));
  }

  delete(id: string): Promise<boolean> {
    return this.guard(() => this.inner.delete(id));
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.guard(() => this.inner.deleteMany(filter));
  }

  private async guard<R>(write: () => Promise<R>): Promise<R> {
    if (this.broken()) {
      throw ioError();
    }
    return write();
  }
}

/** An engine whose writes can be made to fail, and healed, while the app runs. */
export class FailingEngine implements Database {
  broken = false;

  constructor(readonly inner: Database) {}

  get engine(): Database['engine'] {
    return this.inner.engine;
  }

  get botStorage(): Storage {
    return this.inner.botStorage;
  }

  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    return new SwitchedCollection(this.inner.collection<T>(spec), () => this.broken);
  }

  health(): Promise<HealthReport> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** The production stack (retries and write health) over a switchable embedded engine. */
export async function openFailingStore(dataDir: string): Promise<{
  engine: FailingEngine; database: Database;
}> {
  const engine = new FailingEngine(await EmbeddedDatabase.open({ dataDir }));
  const database = new ResilientDatabase(engine, {
    attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: () => Promise.resolve(),
  });
  return { engine, database };
}
