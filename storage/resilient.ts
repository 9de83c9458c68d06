import { componentLogger } from '../core/logger';
import { BOT_STATE_COLLECTION, CollectionStorage, type BotStateDocument } from './botStorage';
import { defaultRetryOptions, isPermanent, withRetry, type RetryOptions } from './retry';
import type {
  ChangeEvent, Collection, CollectionSpec, Database, Filter, FindOptions, HealthReport,
  StoredDocument, Subscription, WriteOptions,
} from './types';

const log = componentLogger('storage');

/** Only the error's kind is logged: messages may quote document values. */
function errorKind(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === undefined ? error.name : `${error.name}:${String(code)}`;
  }
  return typeof error;
}

/** Tracks whether the last write succeeded, for readiness. */
class WriteHealth {
  failing: string | undefined;

  async run<T>(collection: string, op: string, write: () => Promise<T>,
    options: RetryOptions): Promise<T> {
    try {
      const result = await withRetry(write, options);
      if (this.failing !== undefined) {
        log.info('storage.writes_recovered', { collection, op });
      }
      this.failing = undefined;
      return result;
    } catch (error) {
      if (!isPermanent(error)) {
        this.failing = `${op} on ${collection} failed: ${errorKind(error)}`;
        log.error('storage.write_failed', { collection, op, error: errorKind(error) });
      }
      throw error;
    }
  }
}

class ResilientCollection<T extends StoredDocument> implements Collection<T> {
  constructor(private readonly inner: Collection<T>, private readonly name: string,
    private readonly health: WriteHealth, private readonly options: RetryOptions) {}

  insert(doc: T, options: WriteOptions = {}): Promise<void> {
    // each try may be accepted again: the writer hears of it once
    const { onAccepted } = options;
    let told = false;
    const once = (): void => {
      if (!told) {
        told = true;
        onAccepted?.();
      }
    };
    return this.write('insert', () => this.inner.insert(doc, { onAccepted: once }));
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
    return this.write('update', () => this.inner.update(id, changes, when));
  }

  put(doc: T): Promise<void> {
    return this.write('put', () => this.inner.put(doc));
  }

  delete(id: string): Promise<boolean> {
    return this.write('delete', () => this.inner.delete(id));
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.write('deleteMany', () => this.inner.deleteMany(filter));
  }

  private write<R>(op: string, operation: () => Promise<R>): Promise<R> {
    return this.health.run(this.name, op, operation, this.options);
  }
}

/**
 * What the rest of the product gets from openDatabase(): any engine, with failed writes
 * retried with backoff, then reported (logs, and health() false until a write succeeds).
 */
export class ResilientDatabase implements Database {
  readonly botStorage: CollectionStorage;
  private readonly writes = new WriteHealth();

  constructor(private readonly inner: Database,
    private readonly options: RetryOptions = defaultRetryOptions) {
    this.botStorage = new CollectionStorage(
      this.collection<BotStateDocument>({ name: BOT_STATE_COLLECTION }));
  }

  get engine(): Database['engine'] {
    return this.inner.engine;
  }

  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T> {
    const inner = this.inner.collection<T>(spec);
    return new ResilientCollection(inner, spec.name, this.writes, this.options);
  }

  subscribe<T extends StoredDocument>(collection: string, filter: Filter,
    onChange: (event: ChangeEvent<T>) => void, onError?: (error: Error) => void): Subscription {
    if (this.inner.subscribe === undefined) {
      throw new Error(`the ${this.engine} engine has no change feed`);
    }
    return this.inner.subscribe(collection, filter, onChange, onError);
  }

  async health(): Promise<HealthReport> {
    const report = await this.inner.health();
    if (report.ok && this.writes.failing !== undefined) {
      return { ok: false, engine: report.engine, detail: this.writes.failing };
    }
    return report;
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
