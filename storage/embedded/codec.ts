/**
 * Journal lines are JSON; Dates are tagged so that a document reads back with the same
 * types it was written with (TTL fields must stay Dates), as with MongoDB's BSON.
 */
const DATE_TAG = '$date';

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { [DATE_TAG]: raw.getTime() } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const tagged = (value as Record<string, unknown>)[DATE_TAG];
    if (keys.length === 1 && typeof tagged === 'number') {
      return new Date(tagged);
    }
  }
  return value;
}

export function encode(value: unknown): string {
  return JSON.stringify(value, replacer);
}

export function decode(line: string): unknown {
  return JSON.parse(line, reviver);
}
