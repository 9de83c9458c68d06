import type { Filter, SortKey } from '../types';

/** Reads a dotted path; missing segments give undefined, like MongoDB. */
export function getPath(doc: unknown, path: string): unknown {
  let value: unknown = doc;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function equalsScalar(stored: unknown, wanted: unknown): boolean {
  if (wanted === null) {
    return stored === null || stored === undefined;
  }
  if (Array.isArray(stored)) {
    // MongoDB matches an array field when one of its elements equals the value.
    return stored.some((element) => element === wanted);
  }
  return stored === wanted;
}

export function matches(doc: unknown, filter: Filter): boolean {
  return Object.entries(filter).every(([path, wanted]) =>
    equalsScalar(getPath(doc, path), wanted));
}

/** MongoDB's cross-type sort order, reduced to the types our documents hold. */
function typeRank(value: unknown): number {
  if (value === null || value === undefined) {
    return 0;
  }
  if (value instanceof Date) {
    return 6;
  }
  if (Array.isArray(value)) {
    return 4;
  }
  const ranks: Record<string, number> = { number: 1, string: 2, object: 3, boolean: 5 };
  return ranks[typeof value] ?? 3;
}

export function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) {
    return rank;
  }
  const left = a instanceof Date ? a.getTime() : a;
  const right = b instanceof Date ? b.getTime() : b;
  if (typeof left === 'string' && typeof right === 'string') {
    // Binary order, as MongoDB compares strings without a collation.
    return left < right ? -1 : left > right ? 1 : 0;
  }
  if (typeof left === 'number' || typeof left === 'boolean') {
    return Number(left) - Number(right);
  }
  return 0;
}

export function sortComparator<T>(keys: readonly SortKey[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareValues(getPath(a, key.field), getPath(b, key.field));
      if (order !== 0) {
        return order * key.direction;
      }
    }
    return 0;
  };
}

/** Binary order of ids, as MongoDB sorts strings without a collation. */
export function compareIds(direction: 1 | -1): (a: string, b: string) => number {
  return (a, b) => (a < b ? -direction : a > b ? direction : 0);
}

/** A string that identifies a combination of values, types included (1 is not "1"). */
export function valueKey(values: readonly unknown[]): string {
  return JSON.stringify(values.map((v) => (v instanceof Date ? { d: v.getTime() } : v ?? null)));
}
