import type { Document, IndexDescription } from 'mongodb';
import { assertFilter } from '../filter';
import type { CollectionSpec, Filter, SortKey, StoredDocument } from '../types';

/** How our documents look in MongoDB: the id is the primary key, any string. */
export interface MongoShape extends Document {
  _id: string;
}

/** Our documents carry `id`; MongoDB's primary key is `_id`. */
export function fieldName(field: string): string {
  return field === 'id' ? '_id' : field;
}

/** Equality only, re-checked here so nothing reaches the driver as an operator. */
export function toMongoFilter(filter: Filter): Document {
  assertFilter(filter);
  const query: Document = {};
  for (const [field, value] of Object.entries(filter)) {
    query[fieldName(field)] = value;
  }
  return query;
}

/** Expired documents wait for the TTL monitor (every 60 s): hide them meanwhile. */
export function liveClause(spec: CollectionSpec, now: number): Document {
  return spec.ttlField === undefined
    ? {} : { $nor: [{ [spec.ttlField]: { $lte: new Date(now) } }] };
}

export function expiredClause(spec: CollectionSpec, now: number): Document | undefined {
  return spec.ttlField === undefined
    ? undefined : { [spec.ttlField]: { $lte: new Date(now) } };
}

export function toSort(keys: readonly SortKey[]): Record<string, 1 | -1> {
  const sort: Record<string, 1 | -1> = {};
  for (const key of keys) {
    sort[fieldName(key.field)] = key.direction;
  }
  return sort;
}

export function toMongoDoc<T extends StoredDocument>(doc: T): MongoShape {
  const { id, ...rest } = doc;
  return { ...rest, _id: id };
}

export function fromMongoDoc<T extends StoredDocument>(doc: Document): T {
  const { _id: id, ...rest } = doc;
  // The collection holds what its owner put in; the type is the owner's.
  return { ...rest, id: String(id) } as T;
}

/** The indexes a spec declares; uniqueness is partial, as in the embedded engine. */
export function indexDescriptions(spec: CollectionSpec): IndexDescription[] {
  const descriptions: IndexDescription[] = [];
  for (const fields of spec.unique ?? []) {
    if (fields.length === 1 && fields[0] === 'id') {
      continue;
    }
    const key: Record<string, 1> = {};
    const exists: Document = {};
    for (const field of fields) {
      key[fieldName(field)] = 1;
      exists[fieldName(field)] = { $exists: true };
    }
    descriptions.push({ key, unique: true, partialFilterExpression: exists });
  }
  for (const keys of spec.indexes ?? []) {
    const key = toSort(keys);
    const ttlOnly = keys.length === 1 && keys[0].field === spec.ttlField;
    if (!ttlOnly) {
      descriptions.push({ key });
    }
  }
  if (spec.ttlField !== undefined) {
    descriptions.push({ key: { [spec.ttlField]: 1 }, expireAfterSeconds: 0 });
  }
  return descriptions;
}
