import {
  DuplicateKeyError, type Collection, type CollectionSpec, type Database, type Filter,
  type FindOptions, type Scalar, type StoredDocument,
} from '../../storage/types';

/**
 * In-memory stand-in for the storage contract (equality filters on dotted paths, sorts,
 * compare-and-set update), so that specifications run without the storage engines.
 */
function field(doc: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (
    typeof value === 'object' && value !== null
      ? Object.entries(value).find(([name]) => name === key)?.[1] : undefined), doc);
}

function matches(doc: object, filter: Filter = {}): boolean {
  return Object.entries(filter).every(([path, value]: [string, Scalar]) =>
    field(doc, path) === value);
}

/** Missing values first, numbers and dates by value, strings by code point (as the engines). */
function compare(a: unknown, b: unknown): number {
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  if (left === right) {
    return 0;
  }
  if (left === undefined || left === null) {
    return -1;
  }
  if (right === undefined || right === null) {
    return 1;
  }
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  return String(left) < String(right) ? -1 : 1;
}

export class MemoryCollection<T extends StoredDocument> implements Collection<T> {
  readonly docs = new Map<string, T>();

  /** `name` only shows in the DuplicateKeyError message. */
  constructor(private readonly name = 'memory') {}

  /** Every document as stored, in insertion order. */
  all(): T[] {
    return [...this.docs.values()].map((doc) => structuredClone(doc));
  }

  async insert(doc: T): Promise<void> {
    if (this.docs.has(doc.id)) {
      throw new DuplicateKeyError(this.name, doc.id);
    }
    this.docs.set(doc.id, structuredClone(doc));
  }

  async get(id: string): Promise<T | undefined> {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const sort = options.sort ?? [];
    const found = [...this.docs.values()].filter((doc) => matches(doc, filter)).sort((a, b) => {
      for (const key of sort) {
        const order = compare(field(a, key.field), field(b, key.field)) * key.direction;
        if (order !== 0) {
          return order;
        }
      }
      return 0;
    });
    const start = options.skip ?? 0;
    const end = options.limit === undefined ? undefined : start + options.limit;
    return found.slice(start, end).map((doc) => structuredClone(doc));
  }

  async count(filter: Filter): Promise<number> {
    return (await this.find(filter)).length;
  }

  async update(id: string, changes: Partial<T>, when?: Filter): Promise<T | undefined> {
    const doc = this.docs.get(id);
    if (!doc || !matches(doc, when)) {
      return undefined;
    }
    const updated = { ...doc, ...structuredClone(changes) };
    this.docs.set(id, updated);
    return structuredClone(updated);
  }

  async put(doc: T): Promise<void> {
    this.docs.set(doc.id, structuredClone(doc));
  }

  async delete(id: string): Promise<boolean> {
    return this.docs.delete(id);
  }

  async deleteMany(filter: Filter): Promise<number> {
    const doomed = [...this.docs.values()].filter((doc) => matches(doc, filter));
    doomed.forEach((doc) => this.docs.delete(doc.id));
    return doomed.length;
  }
}

export function memoryCollection<T extends StoredDocument>(name = 'memory'): MemoryCollection<T> {
  return new MemoryCollection<T>(name);
}

export class MemoryDatabase implements Pick<Database, 'collection'> {
  private readonly collections = new Map<string, MemoryCollection<StoredDocument>>();

  collection<T extends StoredDocument>(spec: CollectionSpec): MemoryCollection<T> {
    let found = this.collections.get(spec.name);
    if (!found) {
      found = new MemoryCollection<StoredDocument>(spec.name);
      this.collections.set(spec.name, found);
    }
    return found as unknown as MemoryCollection<T>;
  }
}
