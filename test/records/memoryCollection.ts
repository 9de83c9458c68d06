import {
  Collection, DuplicateKeyError, Filter, FindOptions, StoredDocument,
} from '../../storage/types';

function fieldOf(doc: object, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) =>
    (typeof value === 'object' && value !== null && key in value
      ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined), doc);
}

function matches(doc: object, filter: Filter): boolean {
  return Object.entries(filter).every(([path, value]) => fieldOf(doc, path) === value);
}

function compare(a: unknown, b: unknown): number {
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  return String(left).localeCompare(String(right));
}

/** The Collection contract in memory, for tests that must not depend on an engine. */
export class MemoryCollection<T extends StoredDocument> implements Collection<T> {
  readonly docs = new Map<string, T>();

  async insert(doc: T): Promise<void> {
    if (this.docs.has(doc.id)) {
      throw new DuplicateKeyError('memory', doc.id);
    }
    this.docs.set(doc.id, structuredClone(doc));
  }

  async get(id: string): Promise<T | undefined> {
    const doc = this.docs.get(id);
    return doc && structuredClone(doc);
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const sorted = [...this.docs.values()].filter((doc) => matches(doc, filter));
    sorted.sort((a, b) => {
      for (const key of options.sort ?? []) {
        const order = compare(fieldOf(a, key.field), fieldOf(b, key.field)) * key.direction;
        if (order !== 0) {
          return order;
        }
      }
      return 0;
    });
    const start = options.skip ?? 0;
    const end = options.limit === undefined ? undefined : start + options.limit;
    return sorted.slice(start, end).map((doc) => structuredClone(doc));
  }

  async count(filter: Filter): Promise<number> {
    return (await this.find(filter)).length;
  }

  async update(id: string, changes: Partial<T>, when: Filter = {}): Promise<T | undefined> {
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
