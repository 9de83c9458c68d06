import type { Storage } from 'botbuilder';

/**
 * The storage contract. Every other module goes through it and never knows which engine
 * runs (embedded file-backed store by default, MongoDB when MONGODB_URI is set).
 */

export type Scalar = string | number | boolean | null;

/**
 * Equality-only filter on (possibly dotted) field paths. Values are scalars, so user
 * input can never turn into a query operator.
 */
export type Filter = Readonly<Record<string, Scalar>>;

export interface SortKey {
  field: string;
  direction: 1 | -1;
}

export interface FindOptions {
  sort?: SortKey[];
  limit?: number;
  skip?: number;
}

export interface CollectionSpec {
  name: string;
  /** Each entry is a set of fields whose combined value must be unique. */
  unique?: string[][];
  /** Secondary indexes, for the queries the module makes. */
  indexes?: SortKey[][];
  /** A Date field: the document is deleted once that date has passed (retention). */
  ttlField?: string;
}

export interface StoredDocument {
  id: string;
}

/** What a writer may learn of its write before the call resolves. */
export interface WriteOptions {
  /**
   * Called once the store has checked the write (ids, unique fields) and queued it, before
   * it is durable: what is then shown may still be refused by the disk, and the call then
   * rejects. At most once per call; engines that cannot tell (MongoDB) never call it.
   */
  onAccepted?: () => void;
}

export interface Collection<T extends StoredDocument> {
  /** Fails with DuplicateKeyError when the id or a unique field set is taken. */
  insert(doc: T, options?: WriteOptions): Promise<void>;
  get(id: string): Promise<T | undefined>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter: Filter): Promise<number>;
  /**
   * Atomic compare-and-set: applies `changes` only if the stored document matches `when`.
   * Returns the updated document, or undefined when it is missing or did not match.
   */
  update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined>;
  /** Inserts or replaces the whole document. */
  put(doc: T): Promise<void>;
  delete(id: string): Promise<boolean>;
  deleteMany(filter: Filter): Promise<number>;
}

export interface HealthReport {
  ok: boolean;
  engine: string;
  detail?: string;
}

/**
 * One change of a document. `doc` is the document after the change (absent for deletes).
 * Delete events reach only subscriptions whose filter is empty or names nothing but `id`,
 * because MongoDB change streams do not carry the deleted document.
 */
export interface ChangeEvent<T extends StoredDocument> {
  type: 'insert' | 'update' | 'replace' | 'delete';
  id: string;
  doc?: T;
}

export interface Subscription {
  /** Resolves once every later change is sure to be delivered. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface Database {
  readonly engine: 'embedded' | 'mongodb';
  /** Bot Framework Storage with eTag optimistic concurrency. */
  readonly botStorage: Storage;
  collection<T extends StoredDocument>(spec: CollectionSpec): Collection<T>;
  health(): Promise<HealthReport>;
  /**
   * Change feed of a collection, for documents matching `filter` after the change. The
   * embedded engine sees its own process only; MongoDB needs a replica set (change streams).
   */
  subscribe?<T extends StoredDocument>(
    collection: string,
    filter: Filter,
    onChange: (event: ChangeEvent<T>) => void,
    onError?: (error: Error) => void,
  ): Subscription;
  close(): Promise<void>;
}

export class DuplicateKeyError extends Error {
  constructor(collection: string, key: string) {
    super(`duplicate key in ${collection}: ${key}`);
    this.name = 'DuplicateKeyError';
  }
}
