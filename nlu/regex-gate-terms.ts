/**
 * Which patterns of the regex gate have a term whose clauses a text all satisfies, found
 * from the clauses it satisfies rather than pattern by pattern: a message satisfies a few
 * dozen of the gate's thousands of clauses, so the ~500 questions the triage asks about it
 * each end on one array read instead of a walk through every term.
 */
export class TermIndex {
  // per clause id, the terms that need it; per term, its clause count and its pattern
  private readonly termsOfClause: number[][] = [];
  private readonly sizes: number[] = [];
  private readonly owners: number[] = [];
  // patterns with a term that needs nothing: a candidate for every text
  private readonly unconditional: number[] = [];
  private patterns = 0;

  // the same as flat arrays, built on the first text read after a pattern was added
  private starts = new Int32Array(0);
  private flat = new Int32Array(0);
  private termSizes = new Int32Array(0);
  private termOwners = new Int32Array(0);
  private counts = new Int32Array(0);

  /** Patterns known so far: a candidates array must have this length. */
  get patternCount(): number {
    return this.patterns;
  }

  /** Adds a pattern by its terms (each the clause ids it needs); returns its number. */
  add(terms: readonly Int32Array[]): number {
    const pattern = this.patterns;
    this.patterns += 1;
    for (const term of terms) {
      if (term.length === 0) {
        this.unconditional.push(pattern);
      }
      const id = this.sizes.length;
      this.sizes.push(term.length);
      this.owners.push(pattern);
      for (const clause of term) {
        (this.termsOfClause[clause] ??= []).push(id);
      }
    }
    this.starts = new Int32Array(0);
    return pattern;
  }

  /**
   * Sets `candidates[p]` to 1 for each pattern p with a term whose clauses are all among
   * the first `count` of `satisfied` (distinct clause ids); the others are left at 0.
   */
  mark(satisfied: Int32Array, count: number, candidates: Uint8Array): void {
    if (this.starts.length === 0) {
      this.compile();
    }
    const { starts, flat, counts, termSizes, termOwners } = this;
    counts.fill(0);
    for (const pattern of this.unconditional) {
      candidates[pattern] = 1;
    }
    for (let i = 0; i < count; i += 1) {
      const clause = satisfied[i];
      for (let k = starts[clause]; k < starts[clause + 1]; k += 1) {
        const term = flat[k];
        counts[term] += 1;
        if (counts[term] === termSizes[term]) {
          candidates[termOwners[term]] = 1;
        }
      }
    }
  }

  private compile(): void {
    const clauses = this.termsOfClause.length;
    this.starts = new Int32Array(clauses + 1);
    for (let clause = 0; clause < clauses; clause += 1) {
      this.starts[clause + 1] = this.starts[clause] + (this.termsOfClause[clause]?.length ?? 0);
    }
    this.flat = new Int32Array(this.starts[clauses]);
    this.termsOfClause.forEach((terms, clause) => this.flat.set(terms, this.starts[clause]));
    this.termSizes = Int32Array.from(this.sizes);
    this.termOwners = Int32Array.from(this.owners);
    this.counts = new Int32Array(this.sizes.length);
  }
}
