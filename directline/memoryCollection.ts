import {
  DuplicateKeyError, type Collection, type CollectionSpec, type Filter, type FindOptions,
  type SortKey, type StoredDocument, type WriteOptions,
} from '../storage/types';

/**
 * A process-local Collection, used until the conversation log is given one from the
 * storage layer (and by tests). Documents are deep-copied in and out so that callers can
 * never mutate what is stored.
 */
function readPath(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (
    typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined
  ), doc);
}

function matches(doc: unknown, filter: Filter): boolean {
  return Object.entries(filter).every(([path, value]) => readPath(doc, path) === value);
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  if (a instanceof Date && b instanceof Date) {
    return a.getTime() - b.getTime();
  }
  return String(a).localeCompare(String(b));
}

function byKeys(keys: readonly SortKey[]): (a: unknown, b: unknown) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compare(readPath(a, key.field), readPath(b, key.field)) * key.direction;
      if (order !== 0) {
        return order;
      }
    }
    return 0;
  };
}

export class MemoryCollection<T extends StoredDocument> implements Collection<T> {
  private readonly docs = new Map<string, T>();

  constructor(private readonly spec: CollectionSpec) {}

  async insert(doc: T, options: WriteOptions = {}): Promise<void> {
    if (this.docs.has(doc.id)) {
      throw new DuplicateKeyError(this.spec.name, doc.id);
    }
    this.assertUnique(doc);
    this.docs.set(doc.id, structuredClone(doc));
    options.onAccepted?.();
  }

  async get(id: string): Promise<T | undefined> {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const found = [...this.docs.values()].filter((doc) => matches(doc, filter));
    const sorted = options.sort ? found.sort(byKeys(options.sort)) : found;
    const start = options.skip ?? 0;
    const end = options.limit === undefined ? undefined : start + options.limit;
    return sorted.slice(start, end).map((doc) => structuredClone(doc));
  }

  async count(filter: Filter): Promise<number> {
    return [...this.docs.values()].filter((doc) => matches(doc, filter)).length;
  }

  async update(id: string, changes: Partial<T>, when: Filter = {}): Promise<T | undefined> {
    const doc = this.docs.get(id);
    if (!doc || !matches(doc, when)) {
      return undefined;
    }
    const updated: T = { ...doc, ...structuredClone(changes), id };
    this.assertUnique(updated);
    this.docs.set(id, updated);
    return structuredClone(updated);
  }

  async put(doc: T): Promise<void> {
    this.assertUnique(doc);
    this.docs.set(doc.id, structuredClone(doc));
  }

  async delete(id: string): Promise<boolean> {
    return this.docs.delete(id);
  }

  async deleteMany(filter: Filter): Promise<number> {
    const ids = [...this.docs.values()].filter((doc) => matches(doc, filter)).map((d) => d.id);
    ids.forEach((id) => this.docs.delete(id));
    return ids.length;
  }

  private assertUnique(doc: T): void {
    for (const fields of this.spec.unique ?? []) {
      const clash = [...this.docs.values()].find((other) => other.id !== doc.id
        && fields.every((field) => readPath(other, field) === readPath(doc, field)));
      if (clash) {
        throw new DuplicateKeyError(this.spec.name, fields.join('+'));
      }
    }
  }
}
