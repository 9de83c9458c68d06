import {
  DuplicateKeyError, type Collection, type Filter, type FindOptions, type StoredDocument,
} from '../../storage/types';

/** An in-memory Collection with the contract's semantics, for the unanswered-log specs. */
export function memoryCollection<T extends StoredDocument>(name = 'memory'): Collection<T> & {
  all(): T[];
} {
  const docs = new Map<string, T>();
  const matches = (doc: T, filter: Filter): boolean =>
    Object.entries(filter).every(([field, value]) => Reflect.get(doc, field) === value);
  const clone = (doc: T): T => structuredClone(doc);

  return {
    async insert(doc) {
      if (docs.has(doc.id)) {
        throw new DuplicateKeyError(name, doc.id);
      }
      docs.set(doc.id, clone(doc));
    },
    async get(id) {
      const doc = docs.get(id);
      return doc ? clone(doc) : undefined;
    },
    async find(filter: Filter, options: FindOptions = {}) {
      const found = [...docs.values()].filter((doc) => matches(doc, filter));
      return found.slice(options.skip ?? 0, (options.skip ?? 0) + (options.limit ?? found.length))
        .map(clone);
    },
    async count(filter) {
      return [...docs.values()].filter((doc) => matches(doc, filter)).length;
    },
    async update(id, changes, when = {}) {
      const doc = docs.get(id);
      if (!doc || !matches(doc, when)) {
        return undefined;
      }
      const updated = { ...doc, ...changes };
      docs.set(id, updated);
      return clone(updated);
    },
    async put(doc) {
      docs.set(doc.id, clone(doc));
    },
    async delete(id) {
      return docs.delete(id);
    },
    async deleteMany(filter) {
      const gone = [...docs.values()].filter((doc) => matches(doc, filter));
      gone.forEach((doc) => docs.delete(doc.id));
      return gone.length;
    },
    all: () => [...docs.values()].map(clone),
  };
}
