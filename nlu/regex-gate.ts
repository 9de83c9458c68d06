import { cachedReader, loadGateCache } from './regex-gate-cache';
import {
  rarestTrigramAt, requirementOf, type Clause, type Requirement,
} from './regex-literals';

/**
 * Skips the regexes that cannot match a text, before running them. Each regex's required
 * literals (regex-literals.ts) are indexed by one character trigram each; a text is read once
 * for its trigrams, which tells which literals may be there. A regex whose literals cannot all
 * be there is skipped: a certainty, never a guess, so the triage's answers do not change.
 * A literal whose trigram is there is then looked for itself, once per text: a common
 * trigram ("cou" of "coup", "ent") let through four regexes in five that could not match.
 */
export interface RegexGate {
  /** False only when `pattern` cannot match `text`; true for a pattern it does not know. */
  mayMatch(pattern: RegExp, text: string): boolean;
  /** Reads patterns now (a few hundred take a fraction of a second), not on first need. */
  learn(patterns: Iterable<RegExp>): void;
}

/** Characters of a normalised text, then one code for everything else. */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ';
const SYMBOLS = ALPHABET.length + 1;
const SYMBOL = new Uint8Array(128).fill(ALPHABET.length);
[...ALPHABET].forEach((char, i) => {
  SYMBOL[char.charCodeAt(0)] = i;
});

function symbol(code: number): number {
  return code < 128 ? SYMBOL[code] : ALPHABET.length;
}

function trigramAt(text: string, i: number): number {
  return (symbol(text.charCodeAt(i)) * SYMBOLS + symbol(text.charCodeAt(i + 1))) * SYMBOLS +
    symbol(text.charCodeAt(i + 2));
}

function rarestTrigram(literal: string): number {
  return trigramAt(literal, rarestTrigramAt(literal));
}

const TEXT_MEMORY = 8;

/** A clause's mark for a text: no trigram of it; a trigram, unchecked; a literal found. */
const ABSENT = 0;
const MAYBE = 1;
const FOUND = 2;

/**
 * `patterns` are read now; any other pattern is read the first time it is asked about.
 * `readPattern` tells what a pattern needs (the build's reading of the triage's regexes).
 */
export function createRegexGate(patterns: Iterable<RegExp> = [],
  readPattern: (pattern: RegExp) => Requirement | null = requirementOf): RegexGate {
  // per pattern seen, the clause ids of each of its terms; null: nothing known, always run
  const gated = new Map<RegExp, Int32Array[] | null>();
  const table = new Map<number, number[]>();
  let clauses = 0;
  // per clause id, its literals and the trigram each is indexed by
  const literals: string[][] = [];
  const literalTrigrams: number[][] = [];
  // the triage asks about the same few texts (plain, literal, as written) many times
  const seen = new Map<string, Uint8Array>();

  const clauseId = (clause: Clause): number => {
    const id = clauses;
    clauses += 1;
    literals.push([...clause]);
    literalTrigrams.push(clause.map(rarestTrigram));
    for (const literal of clause) {
      const trigram = rarestTrigram(literal);
      const list = table.get(trigram) ?? [];
      if (list[list.length - 1] !== id) {
        list.push(id);
      }
      table.set(trigram, list);
    }
    return id;
  };

  // the trigram table as two flat arrays, rebuilt after a pattern is learnt
  let starts = new Int32Array(0);
  let flat = new Int32Array(0);
  // mark arrays of forgotten texts, reused rather than left to the garbage collector
  let spare: Uint8Array[] = [];

  // a regex built again from the same source (the net builds its family scans) is not re-read
  const bySource = new Map<string, Int32Array[] | null>();

  const learn = (pattern: RegExp): Int32Array[] | null => {
    const key = `${pattern.flags}/${pattern.source}`;
    const known = bySource.get(key);
    if (known !== undefined) {
      gated.set(pattern, known);
      return known;
    }
    const terms = readPattern(pattern)?.map((term) => Int32Array.from(term, clauseId)) ?? null;
    gated.set(pattern, terms);
    bySource.set(key, terms);
    // texts read before were not read for this pattern's literals
    seen.clear();
    spare = [];
    starts = new Int32Array(0);
    return terms;
  };

  const compile = (): void => {
    starts = new Int32Array(SYMBOLS ** 3 + 1);
    table.forEach((ids, trigram) => {
      starts[trigram + 1] = ids.length;
    });
    for (let t = 0; t < SYMBOLS ** 3; t += 1) {
      starts[t + 1] += starts[t];
    }
    flat = new Int32Array(starts[SYMBOLS ** 3]);
    table.forEach((ids, trigram) => flat.set(ids, starts[trigram]));
  };

  // the trigrams of the text read last (stamped with its number), for checking its literals
  const stamps = new Int32Array(SYMBOLS ** 3);
  let stamp = 0;
  let stampedText: string | null = null;

  const read = (text: string): Uint8Array => {
    if (starts.length === 0) {
      compile();
    }
    const marks = spare.pop()?.fill(ABSENT) ?? new Uint8Array(clauses);
    stamp += 1;
    stampedText = text;
    let trigram = 0;
    for (let i = 0; i < text.length; i += 1) {
      trigram = (trigram % (SYMBOLS * SYMBOLS)) * SYMBOLS + symbol(text.charCodeAt(i));
      if (i >= 2) {
        stamps[trigram] = stamp;
      }
      for (let k = i >= 2 ? starts[trigram] : 0; i >= 2 && k < starts[trigram + 1]; k += 1) {
        marks[flat[k]] = MAYBE;
      }
    }
    return marks;
  };

  /** Whether a literal of the clause is in the text itself, not only one of its trigrams. */
  const occurs = (id: number, text: string): boolean => {
    if (stampedText !== text) {
      // the marks of a text read before another: its trigrams are read again
      stamp += 1;
      stampedText = text;
      for (let i = 2; i < text.length; i += 1) {
        stamps[trigramAt(text, i - 2)] = stamp;
      }
    }
    const words = literals[id];
    const trigrams = literalTrigrams[id];
    for (let k = 0; k < words.length; k += 1) {
      if (stamps[trigrams[k]] === stamp && text.includes(words[k])) {
        return true;
      }
    }
    return false;
  };

  /** A clause's mark, its literals looked for on first need (the answer is kept). */
  const holds = (marks: Uint8Array, id: number, text: string): boolean => {
    const mark = marks[id];
    if (mark !== MAYBE) {
      return mark === FOUND;
    }
    const found = occurs(id, text);
    marks[id] = found ? FOUND : ABSENT;
    return found;
  };

  let lastText = '';
  let lastMarks: Uint8Array = new Uint8Array(0);
  const present = (text: string): Uint8Array => {
    // most questions in a row are about the same text: no hashing for those
    if (text === lastText && lastMarks.length === clauses) {
      return lastMarks;
    }
    let marks = seen.get(text);
    if (marks === undefined) {
      if (seen.size >= TEXT_MEMORY) {
        spare = [...seen.values()];
        seen.clear();
      }
      marks = read(text);
      seen.set(text, marks);
    }
    lastText = text;
    lastMarks = marks;
    return marks;
  };

  for (const pattern of patterns) {
    learn(pattern);
  }

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
      const terms = known === undefined ? learn(pattern) : known;
      if (!terms) {
        return true;
      }
      const marks = present(text);
      // the trigram marks first for every clause of a term: most fail there, for nothing
      for (const ids of terms) {
        let all = true;
        for (let k = 0; all && k < ids.length; k += 1) {
          all = marks[ids[k]] !== ABSENT;
        }
        for (let k = 0; all && k < ids.length; k += 1) {
          all = holds(marks, ids[k], text);
        }
        if (all) {
          return true;
        }
      }
      return false;
    },
  };
}

/** The build's reading of the triage's regexes, loaded on the gate's first question. */
let buildReading: ((pattern: RegExp) => Requirement | null) | undefined;

/** One gate for the triage's regexes, shared by its modules. */
const shared = createRegexGate([], (pattern) => {
  buildReading ??= cachedReader(loadGateCache());
  return buildReading(pattern);
});

/** Reads the triage's regexes ahead of the first message (see Triage.warm). */
export function learnPatterns(patterns: Iterable<RegExp>): void {
  shared.learn(patterns);
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
