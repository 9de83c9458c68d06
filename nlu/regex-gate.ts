import { cachedReader, keyOf, loadGateFile, patternOf, type GateFile } from './regex-gate-cache';
import { clausesFound, flatClauses, type FlatClauses } from './regex-gate-clauses';
import { LiteralIndex } from './regex-gate-literals';
import { TermIndex } from './regex-gate-terms';
import { MIN_LITERAL, requirementOf, type Clause, type Requirement } from './regex-literals';

/**
 * Skips the regexes that cannot match a text, before running them. Each regex's required
 * literals (regex-literals.ts) are indexed by one character trigram each; a text is read once,
 * which finds the literals that are in it (literal index), then the regexes a term of which
 * has all its clauses satisfied (term index). A regex with no such term is skipped: a
 * certainty, never a guess, so the triage's answers do not change. Each question about a
 * text read before is then one array read: the triage asks ~500 of them per message.
 */
export interface RegexGate {
  /** False only when `pattern` cannot match `text`; true for a pattern it does not know. */
  mayMatch(pattern: RegExp, text: string): boolean;
  /** Reads patterns now (a few hundred take a fraction of a second), not on first need. */
  learn(patterns: Iterable<RegExp>): void;
  /** The gate's numbers of these patterns (-1: always run), for `mayMatchNumber`. */
  numbersOf(patterns: readonly RegExp[]): Int32Array;
  /** `mayMatch` of the pattern so numbered, without looking the pattern up. */
  mayMatchNumber(number: number, text: string): boolean;
  /** Reads what is pending and builds the indexes now, not on the next new text. */
  settle(): void;
  /** Flags and source of each pattern asked about before it was read (see askedPatterns). */
  askedKeys(): string[];
}

export interface GateOptions {
  /**
   * True: a pattern the gate has not read is run ungated, and read with the others first
   * asked about meanwhile just before the gate reads its next new text; false: at once.
   */
  batched?: boolean;
}

const TEXT_MEMORY = 8;

/**
 * `patterns` are read now; any other pattern is read the first time it is asked about.
 * `readPattern` tells what a pattern needs (the build's reading of the triage's regexes).
 */
export function createRegexGate(patterns: Iterable<RegExp> = [],
  readPattern: (pattern: RegExp) => Requirement | null = requirementOf,
  options: GateOptions = {}): RegexGate {
  // per pattern seen, its number in the term index; null: nothing known, always run. Weak: a
  // regex built anew at each call must not stay in memory for the life of the server
  const gated = new WeakMap<RegExp, number | null>();
  // patterns first asked about since the last batch, run ungated until it is learned
  const pending = new Set<RegExp>();
  // what the code asks about, by flags and source (the build keeps it: regex-gate-cache.ts)
  const asked = new Set<string>();
  // a regex built again from the same source (the net builds its family scans) is not re-read
  const bySource = new Map<string, number | null>();
  const literals = new LiteralIndex();
  const terms = new TermIndex();
  // per literal number, the clauses it satisfies (read through `flatClauses`)
  const clausesOf: number[][] = [];
  let clauses = 0;
  // per text read lately, the patterns that may match it: the triage asks about the same
  // few texts (plain, literal, as written) many times
  const seen = new Map<string, Uint8Array>();
  // candidate arrays of forgotten texts, reused rather than left to the garbage collector
  let spare: Uint8Array[] = [];

  const clauseId = (clause: Clause): number => {
    const id = clauses;
    clauses += 1;
    for (const literal of clause) {
      (clausesOf[literals.add(literal)] ??= []).push(id);
    }
    return id;
  };

  const learn = (pattern: RegExp): number | null => {
    const key = `${pattern.flags}/${pattern.source}`;
    const known = bySource.get(key);
    if (known !== undefined) {
      gated.set(pattern, known);
      return known;
    }
    const requirement = readPattern(pattern);
    // a literal without a trigram could not be found: such a regex is always run
    const indexable = requirement?.every((term) =>
      term.every((clause) => clause.every((literal) => literal.length >= MIN_LITERAL)));
    const id = requirement && indexable
      ? terms.add(requirement.map((term) => Int32Array.from(term, clauseId)))
      : null;
    gated.set(pattern, id);
    bySource.set(key, id);
    // texts read before were not read for this pattern's literals
    seen.clear();
    spare = [];
    return id;
  };

  // a reading's scratch: the literals found, then the clauses they satisfy, each once
  let foundLiterals = new Int32Array(0);
  let foundClauses = new Int32Array(0);
  let clauseSeen = new Int32Array(0);
  let reading = 0;
  let flat: FlatClauses = flatClauses([], 0);

  const read = (text: string): Uint8Array => {
    if (foundLiterals.length !== literals.size || clauseSeen.length !== clauses) {
      foundLiterals = new Int32Array(literals.size);
      foundClauses = new Int32Array(clauses);
      clauseSeen = new Int32Array(clauses);
      flat = flatClauses(clausesOf, literals.size);
      reading = 0;
    }
    reading += 1;

    const literalCount = literals.find(text, foundLiterals);
    const clauseCount = clausesFound(flat, foundLiterals, literalCount, clauseSeen, reading,
      foundClauses);

    const candidates = spare.pop()?.fill(0) ?? new Uint8Array(terms.patternCount);
    terms.mark(foundClauses, clauseCount, candidates);
    return candidates;
  };

  let lastText = '';
  let last: Uint8Array = new Uint8Array(0);
  const present = (text: string): Uint8Array => {
    // most questions in a row are about the same text: no hashing for those
    if (text === lastText && last.length === terms.patternCount) {
      return last;
    }
    let candidates = seen.get(text);
    if (candidates === undefined) {
      learnPending();
      if (seen.size >= TEXT_MEMORY) {
        spare = [...seen.values()];
        seen.clear();
      }
      candidates = read(text);
      seen.set(text, candidates);
    }
    lastText = text;
    last = candidates;
    return candidates;
  };

  for (const pattern of patterns) {
    learn(pattern);
  }

  // each pattern learned alone clears what was read and has the literal index built again on
  // the next reading: ~500 patterns first met in one message took seconds. They are run
  // ungated until the next new text is read, and learned together just before
  const learnPending = (): void => {
    if (pending.size === 0) {
      return;
    }
    const batch = [...pending];
    pending.clear();
    for (const pattern of batch) {
      if (!gated.has(pattern)) {
        learn(pattern);
      }
    }
  };

  return {
    learn(more) {
      for (const pattern of more) {
        if (!gated.has(pattern)) {
          learn(pattern);
        }
      }
    },
    mayMatch(pattern, text) {
      const known = gated.get(pattern);
      if (known === undefined) {
        asked.add(keyOf(pattern));
      }
      if (known === undefined && options.batched === true) {
        pending.add(pattern);
        return true;
      }
      const id = known === undefined ? learn(pattern) : known;
      return id === null || present(text)[id] === 1;
    },
    numbersOf(list) {
      return Int32Array.from(list, (pattern) => {
        const known = gated.get(pattern);
        if (known === undefined) {
          asked.add(keyOf(pattern));
        }
        return (known === undefined ? learn(pattern) : known) ?? -1;
      });
    },
    mayMatchNumber(number, text) {
      return number < 0 || present(text)[number] === 1;
    },
    askedKeys: () => [...asked],
    settle() {
      learnPending();
      // a reading builds the literal and term indexes, if a pattern was added since the last
      read('');
    },
  };
}

/** The build's file (regex-gate-cache.ts), read on the gate's first need of it. */
let buildFile: GateFile | undefined;
let buildReading: ((pattern: RegExp) => Requirement | null) | undefined;
const gateFile = (): GateFile => {
  buildFile ??= loadGateFile();
  return buildFile;
};

/** One gate for the triage's regexes, shared by its modules. */
const shared = createRegexGate([], (pattern) => {
  buildReading ??= cachedReader(gateFile().requirements);
  return buildReading(pattern);
}, { batched: true });

/**
 * The regexes the build saw the triage ask about, each made again from its flags and source:
 * read at the start, they let the code's own regexes be known by their source on their first
 * question (no reading, no index rebuilt during a citizen's message).
 */
export function askedPatterns(): RegExp[] {
  return gateFile().asked.flatMap((key) => patternOf(key) ?? []);
}

/** Reads the triage's regexes ahead of the first message (see Triage.warm). */
export function learnPatterns(patterns: Iterable<RegExp>): void {
  shared.learn(patterns);
}

/** After learnPatterns: the indexes built before the first message rather than during it. */
export function settleGate(): void {
  shared.settle();
}

/**
 * The regexes the triage has asked the shared gate about so far, by flags and source: the
 * build runs the triage over the corpus and keeps them, for the start to read (askedPatterns).
 */
export function askedKeys(): string[] {
  return shared.askedKeys();
}

/**
 * For patterns always asked about in the same order (the net's family scans, ~330 a message):
 * `(index, text)` answers as `mayMatch(patterns[index], text)` without a lookup by pattern.
 * The patterns are read on the first question, not before (see learnPatterns).
 */
export function gatedList(patterns: readonly RegExp[]): (index: number, text: string) => boolean {
  let numbers: Int32Array | undefined;
  return (index, text) => {
    numbers ??= shared.numbersOf(patterns);
    return shared.mayMatchNumber(numbers[index], text);
  };
}

/** `pattern.exec(text)`, skipped when it cannot match (lastIndex as after a failed exec). */
export function gatedExec(pattern: RegExp, text: string): RegExpExecArray | null {
  if (shared.mayMatch(pattern, text)) {
    return pattern.exec(text);
  }
  if (pattern.global || pattern.sticky) {
    pattern.lastIndex = 0;
  }
  return null;
}

/** `pattern.test(text)`, skipped when it cannot match. */
export function gatedTest(pattern: RegExp, text: string): boolean {
  if (shared.mayMatch(pattern, text)) {
    return pattern.test(text);
  }
  if (pattern.global || pattern.sticky) {
    pattern.lastIndex = 0;
  }
  return false;
}

/** `text.replace(pattern, replacement)`, skipped when it cannot match. */
export function gatedReplace(text: string, pattern: RegExp, replacement: string): string {
  if (shared.mayMatch(pattern, text)) {
    return text.replace(pattern, replacement);
  }
  if (pattern.global || pattern.sticky) {
    pattern.lastIndex = 0;
  }
  return text;
}
