/**
 * Journal lines are JSON; Dates are tagged so that a document reads back with the same
 * types it was written with (TTL fields must stay Dates), as with MongoDB's BSON.
 */
const DATE_TAG = '$date';

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { [DATE_TAG]: raw.getTime() } : value;
}

/** The tagged Dates of a parsed value put back, in place (the value is fresh from parse). */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    for (let i = 0; i < list.length; i += 1) {
      list[i] = revive(list[i]);
    }
    return list;
  }
  const keys = Object.keys(value);
  const tagged: unknown = Reflect.get(value, DATE_TAG);
  if (keys.length === 1 && typeof tagged === 'number') {
    return new Date(tagged);
  }
  for (const key of keys) {
    const child = Reflect.get(value, key);
    const revived = revive(child);
    if (revived !== child) {
      // as JSON.parse defines it: a key "__proto__" stays a plain property
      Object.defineProperty(value, key, {
        value: revived, writable: true, enumerable: true, configurable: true,
      });
    }
  }
  return value;
}

export function encode(value: unknown): string {
  return JSON.stringify(value, replacer);
}

/**
 * Parsed, then walked for tags: a reviver (a call from the parser per value) cost twice the
 * parse itself on a restart with 10,000 conversations. A line that cannot hold a tag (no
 * `date"`, no escape that could spell one) is not walked.
 */
export function decode(line: string): unknown {
  const value: unknown = JSON.parse(line);
  return line.includes('date"') || line.includes('\\u') ? revive(value) : value;
}
