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

/** A value JSON.stringify would turn into something else first (other than a Date). */
function hasOwnJson(value: object): boolean {
  return !(value instanceof Date) && typeof Reflect.get(value, 'toJSON') === 'function';
}

/**
 * A copy of the properties before `key`, null-prototyped: a key "__proto__" stays a plain
 * property, as JSON writes it.
 */
function copyUntil(value: object, keys: string[], key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.create(null);
  for (const earlier of keys.slice(0, keys.indexOf(key))) {
    copy[earlier] = Reflect.get(value, earlier);
  }
  return copy;
}

/**
 * The value with each Date replaced by its tag, copied only along the paths that hold one
 * (a document without Dates is returned as it is). Undefined when an object has its own
 * toJSON, whose output may hold Dates: the replacer handles those.
 */
function tagDates(value: unknown): unknown {
  if (value instanceof Date) {
    return { [DATE_TAG]: value.getTime() };
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (hasOwnJson(value)) {
    return undefined;
  }
  if (Array.isArray(value)) {
    const list: unknown[] = value;
    let copy: unknown[] | undefined;
    for (let i = 0; i < list.length; i += 1) {
      const item = list[i];
      const tagged = tagDates(item);
      if (tagged === undefined && item !== undefined) {
        return undefined;
      }
      if (tagged !== item) {
        copy ??= list.slice();
        copy[i] = tagged;
      }
    }
    return copy ?? list;
  }
  let copy: Record<string, unknown> | undefined;
  const keys = Object.keys(value);
  for (const key of keys) {
    const child: unknown = Reflect.get(value, key);
    const tagged = tagDates(child);
    if (tagged === undefined && child !== undefined) {
      return undefined;
    }
    if (tagged !== child) {
      copy ??= copyUntil(value, keys, key);
      copy[key] = tagged;
    } else if (copy !== undefined) {
      copy[key] = child;
    }
  }
  return copy ?? value;
}

/**
 * The journal line of a value. A replacer (a call from the serializer per value) cost
 * twice the plain serialization; Dates are tagged beforehand instead, by a walk that copies
 * only what holds them. Objects with their own toJSON keep the replacer.
 */
export function encode(value: unknown): string {
  let tagged: unknown;
  try {
    tagged = tagDates(value);
  } catch (error) {
    // a cycle: the serializer reports it, as it always did
    if (!(error instanceof RangeError)) {
      throw error;
    }
    tagged = undefined;
  }
  if (tagged === undefined && value !== undefined) {
    return JSON.stringify(value, replacer);
  }
  return JSON.stringify(tagged);
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
