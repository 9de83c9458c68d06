import type { CollectionSpec, Filter, FindOptions, Scalar, SortKey } from './types';

/** A filter, sort or update that could smuggle a query operator or is malformed. */
export class InvalidQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidQueryError';
  }
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Field paths: dotted names, no empty segment, no segment starting with '$'. */
export function assertFieldPath(path: string): void {
  const segments = path.split('.');
  if (path === '' || segments.some((s) => s === '' || s.startsWith('$'))) {
    throw new InvalidQueryError(`invalid field path "${path}"`);
  }
}

/**
 * Filters come from code that may have copied user input into them: every key must be a
 * plain field path and every value a scalar, so `{"$gt": ""}` can never become an operator.
 */
export function assertFilter(filter: unknown): asserts filter is Filter {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw new InvalidQueryError('filter must be a plain object');
  }
  for (const [key, value] of Object.entries(filter)) {
    assertFieldPath(key);
    if (!isScalar(value) || (typeof value === 'number' && !Number.isFinite(value))) {
      throw new InvalidQueryError(`filter value for "${key}" must be a scalar`);
    }
  }
}

function assertCount(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new InvalidQueryError(`${name} must be a non-negative integer`);
  }
}

export function assertFindOptions(options: FindOptions): void {
  assertCount('limit', options.limit);
  assertCount('skip', options.skip);
  for (const key of options.sort ?? []) {
    assertSortKey(key);
  }
}

export function assertSortKey(key: SortKey): void {
  assertFieldPath(key.field);
  if (key.direction !== 1 && key.direction !== -1) {
    throw new InvalidQueryError(`sort direction for "${key.field}" must be 1 or -1`);
  }
}

/** Top-level fields of an update: no operator, no path, never the id. */
export function assertChanges(changes: object): void {
  for (const key of Object.keys(changes)) {
    if (key === '' || key.startsWith('$') || key.includes('.')) {
      throw new InvalidQueryError(`invalid field name "${key}" in update`);
    }
    if (key === 'id') {
      throw new InvalidQueryError('the id of a document cannot be changed');
    }
  }
}

export function assertId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id === '') {
    throw new InvalidQueryError('document id must be a non-empty string');
  }
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** Collection names become file names (embedded) and namespaces (MongoDB): plain words only. */
export function assertSpec(spec: CollectionSpec): void {
  if (!COLLECTION_NAME.test(spec.name)) {
    throw new InvalidQueryError(`invalid collection name "${spec.name}"`);
  }
  for (const fields of spec.unique ?? []) {
    if (fields.length === 0) {
      throw new InvalidQueryError(`empty unique field set in ${spec.name}`);
    }
    fields.forEach(assertFieldPath);
  }
  for (const keys of spec.indexes ?? []) {
    if (keys.length === 0) {
      throw new InvalidQueryError(`empty index in ${spec.name}`);
    }
    keys.forEach(assertSortKey);
  }
  if (spec.ttlField !== undefined) {
    assertFieldPath(spec.ttlField);
  }
}
