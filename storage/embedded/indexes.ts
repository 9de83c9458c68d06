import { getPath, valueKey } from './match';

/**
 * A unique constraint on a set of fields. Like a MongoDB partial index on "all fields
 * exist", a document missing one of the fields is not constrained.
 */
export class UniqueIndex {
  private readonly owners = new Map<string, string>();

  constructor(readonly fields: readonly string[]) {}

  keyOf(doc: object): string | undefined {
    const values = this.fields.map((field) => getPath(doc, field));
    return values.some((value) => value === undefined) ? undefined : valueKey(values);
  }

  /** The id of the document holding this document's key, if another one does. */
  ownerOf(doc: { id: string }): string | undefined {
    const key = this.keyOf(doc);
    const owner = key === undefined ? undefined : this.owners.get(key);
    return owner === doc.id ? undefined : owner;
  }

  add(doc: { id: string }): void {
    const key = this.keyOf(doc);
    if (key !== undefined) {
      this.owners.set(key, doc.id);
    }
  }

  remove(doc: { id: string }): void {
    const key = this.keyOf(doc);
    if (key !== undefined && this.owners.get(key) === doc.id) {
      this.owners.delete(key);
    }
  }
}

function keysOf(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map((element) => valueKey([element]));
}

/**
 * Ids by value of one field, for equality lookups. Arrays are indexed by element. A value
 * held by one document (most of them: a conversation's id) keeps that id alone, not a Set.
 */
export class EqualityIndex {
  private readonly ids = new Map<string, string | Set<string>>();

  constructor(readonly field: string) {}

  add(doc: { id: string }): void {
    for (const key of keysOf(getPath(doc, this.field))) {
      const held = this.ids.get(key);
      if (held === undefined || held === doc.id) {
        this.ids.set(key, doc.id);
      } else if (typeof held === 'string') {
        this.ids.set(key, new Set([held, doc.id]));
      } else {
        held.add(doc.id);
      }
    }
  }

  remove(doc: { id: string }): void {
    for (const key of keysOf(getPath(doc, this.field))) {
      const held = this.ids.get(key);
      if (held === doc.id) {
        this.ids.delete(key);
      } else if (typeof held === 'object') {
        held.delete(doc.id);
        const [only, more] = held;
        if (only !== undefined && more === undefined) {
          this.ids.set(key, only);
        }
      }
    }
  }

  candidates(value: unknown): Iterable<string> {
    const held = this.ids.get(valueKey([value]));
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }
}
