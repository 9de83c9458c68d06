/**
 * What a parser of citizen input returns: the value, or the key of the French template that
 * explains what was wrong (under content/fr/, e.g. `prompts/errors.phone_format`).
 */
export type Parsed<V> = { ok: true; value: V } | { ok: false; error: string };

export function parsed<V>(value: V): Parsed<V> {
  return { ok: true, value };
}

export function failed<V>(error: string): Parsed<V> {
  return { ok: false, error };
}
