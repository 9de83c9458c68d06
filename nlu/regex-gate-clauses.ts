/**
 * The clauses of each literal of the regex gate as two typed arrays: a literal's clauses are
 * `list[starts[literal]] .. list[starts[literal + 1] - 1]`. Read from one array of arrays, each
 * literal a message holds sent the reading through a pointer into memory the caches did not
 * hold (~10 % of a reading).
 */
export interface FlatClauses {
  starts: Int32Array;
  list: Int32Array;
}

export function flatClauses(clausesOf: readonly (readonly number[] | undefined)[],
  literals: number): FlatClauses {
  const starts = new Int32Array(literals + 1);
  for (let literal = 0; literal < literals; literal += 1) {
    starts[literal + 1] = starts[literal] + (clausesOf[literal]?.length ?? 0);
  }
  const list = new Int32Array(starts[literals]);
  clausesOf.forEach((clauses, literal) => list.set(clauses ?? [], starts[literal]));
  return { starts, list };
}

/**
 * Writes to `out` the clauses the first `count` of `found` (literal numbers) satisfy, each
 * once (`seen[clause] === reading` once written); returns how many.
 */
export function clausesFound(flat: FlatClauses, found: Int32Array, count: number,
  seen: Int32Array, reading: number, out: Int32Array): number {
  const { starts, list } = flat;
  let written = 0;
  for (let i = 0; i < count; i += 1) {
    for (let k = starts[found[i]]; k < starts[found[i] + 1]; k += 1) {
      const clause = list[k];
      if (seen[clause] !== reading) {
        seen[clause] = reading;
        out[written] = clause;
        written += 1;
      }
    }
  }
  return written;
}
