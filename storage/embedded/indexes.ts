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

/** Ids by value of one field, for equality lookups. Arrays are indexed by element. */
export class EqualityIndex {
  private readonly ids = new Map<string, Set<string>>();

  constructor(readonly field: string) {}

  add(doc: { id: string }): void {
    for (const key of keysOf(getPath(doc, this.field))) {
      const set = this.ids.get(key) ?? new Set<string>();
      set.add(doc.id);
      this.ids.set(key, set);
    }
  }

  remove(doc: { id: string }): void {
    for (const key of keysOf(getPath(doc, this.field))) {
      const set = this.ids.get(key);
      set?.delete(doc.id);
      if (set?.size === 0) {
        this.ids.delete(key);
      }
    }
  }

  candidates(value: unknown): ReadonlySet<string> {
    return this.ids.get(valueKey([value])) ?? new Set<string>();
  }
}
