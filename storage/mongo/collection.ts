import { MongoServerError, type Collection as Driver, type Document } from 'mongodb';
import { assertChanges, assertFindOptions, assertId } from '../filter';
import {
  DuplicateKeyError, type Collection, type CollectionSpec, type Filter, type FindOptions,
  type StoredDocument,
} from '../types';
import {
  expiredClause, fromMongoDoc, type MongoShape, liveClause, toMongoDoc, toMongoFilter, toSort,
} from './query';

function isDuplicate(error: unknown): error is MongoServerError {
  return error instanceof MongoServerError && error.code === 11000;
}

function duplicateError(spec: CollectionSpec, error: MongoServerError): DuplicateKeyError {
  const pattern: unknown = error.keyPattern;
  const fields = pattern !== null && typeof pattern === 'object' ? Object.keys(pattern) : [];
  const names = fields.map((field) => (field === '_id' ? 'id' : field));
  return new DuplicateKeyError(spec.name, names.join('+') || 'id');
}

/** $set for values, $unset for undefined ones: undefined means "no such field" in both engines. */
function toUpdate(changes: object): Document {
  const set: Document = {};
  const unset: Document = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) {
      unset[field] = '';
    } else {
      set[field] = value;
    }
  }
  return { $set: set, ...(Object.keys(unset).length > 0 ? { $unset: unset } : {}) };
}

/**
 * Creates a collection's indexes before its first use. A failure (server unreachable) is
 * not final: the next call tries again, so the store recovers without a restart.
 */
export class IndexSetup {
  private pending: Promise<void> | undefined;

  constructor(private readonly create: () => Promise<void>) {}

  ready(): Promise<void> {
    this.pending ??= this.create().catch((error: unknown) => {
      this.pending = undefined;
      throw error;
    });
    return this.pending;
  }
}

/** The storage contract on one MongoDB collection. Every call waits for the indexes. */
export class MongoCollection<T extends StoredDocument> implements Collection<T> {
  constructor(private readonly collection: () => Promise<Driver<MongoShape>>,
    private readonly spec: CollectionSpec,
    private readonly indexes: IndexSetup, private readonly now: () => number) {}

  async insert(doc: T): Promise<void> {
    assertId(doc.id);
    const driver = await this.ready();
    await this.writeEvictingExpired(driver, () => driver.insertOne(toMongoDoc(doc)));
  }

  async get(id: string): Promise<T | undefined> {
    assertId(id);
    const driver = await this.ready();
    const found = await driver.findOne({ _id: id, ...this.live() });
    return found === null ? undefined : fromMongoDoc<T>(found);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    assertFindOptions(options);
    const query = { ...toMongoFilter(filter), ...this.live() };
    const driver = await this.ready();

    let cursor = driver.find(query);
    if (options.sort !== undefined && options.sort.length > 0) {
      cursor = cursor.sort(toSort(options.sort));
    }
    cursor = cursor.skip(options.skip ?? 0).limit(options.limit ?? 0);
    return (await cursor.toArray()).map((doc) => fromMongoDoc<T>(doc));
  }

  async count(filter: Filter): Promise<number> {
    const query = { ...toMongoFilter(filter), ...this.live() };
    const driver = await this.ready();
    return driver.countDocuments(query);
  }

  async update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    assertId(id);
    assertChanges(changes);
    const condition = when === undefined ? {} : toMongoFilter(when);
    // The id wins over any `id` in `when`: the CAS is always on this one document.
    const query = { ...condition, ...this.live(), _id: id };
    const driver = await this.ready();

    const updated = await this.writeEvictingExpired(driver, () => driver.findOneAndUpdate(
      query, toUpdate(changes), { returnDocument: 'after' }));
    return updated === null ? undefined : fromMongoDoc<T>(updated);
  }

  async put(doc: T): Promise<void> {
    assertId(doc.id);
    const driver = await this.ready();
    await this.writeEvictingExpired(driver, () => driver.replaceOne(
      { _id: doc.id }, toMongoDoc(doc), { upsert: true }));
  }

  async delete(id: string): Promise<boolean> {
    assertId(id);
    const driver = await this.ready();
    const removed = await driver.findOneAndDelete({ _id: id });
    return removed !== null && !this.isExpired(removed);
  }

  async deleteMany(filter: Filter): Promise<number> {
    const query = { ...toMongoFilter(filter), ...this.live() };
    const driver = await this.ready();
    const result = await driver.deleteMany(query);
    return result.deletedCount;
  }

  private async ready(): Promise<Driver<MongoShape>> {
    await this.indexes.ready();
    return this.collection();
  }

  private isExpired(doc: Document): boolean {
    const value: unknown = this.spec.ttlField === undefined ? undefined : doc[this.spec.ttlField];
    return value instanceof Date && value.getTime() <= this.now();
  }

  private live(): Document {
    return liveClause(this.spec, this.now());
  }

  /**
   * An expired document the TTL monitor has not removed yet must not block a new one:
   * on a duplicate key, expired documents are deleted and the write is tried once more.
   */
  private async writeEvictingExpired<R>(driver: Driver<MongoShape>,
    write: () => Promise<R>): Promise<R> {
    try {
      return await write();
    } catch (error) {
      const expired = expiredClause(this.spec, this.now());
      if (!isDuplicate(error)) {
        throw error;
      }
      if (expired === undefined || (await driver.deleteMany(expired)).deletedCount === 0) {
        throw duplicateError(this.spec, error);
      }
    }
    try {
      return await write();
    } catch (error) {
      throw isDuplicate(error) ? duplicateError(this.spec, error) : error;
    }
  }
}
