/**
 * How deep a JSON body may nest. An activity or an agent's request needs a handful of
 * levels; thousands of levels (10 kB of "[[[[…") overflow the stack of every recursive walk
 * after the parse (JSON.stringify, the store, the SDK's clones) and answered a 500.
 */
export const MAX_JSON_DEPTH = 32;

/** True when a parsed JSON value nests deeper than `max`: walked without recursion. */
export function nestedDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const pending: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, depth } = next;
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    if (depth >= max) {
      return true;
    }
    for (const child of Object.values(node)) {
      pending.push({ node: child, depth: depth + 1 });
    }
  }
  return false;
}

export const TOO_DEEP_MESSAGE = `the body is nested more than ${MAX_JSON_DEPTH} levels deep`;
