/**
 * What text a regular expression needs in order to match: the literal strings that any match
 * must contain, read from its source. The triage runs a few hundred phrase regexes on every
 * message, and most messages contain none of their words: regex-gate.ts uses these literals
 * to skip, with certainty, the regexes that cannot match.
 *
 * Conservative by construction: a construct it does not understand (backreference, wide
 * class, unknown flag) requires nothing, so the regex is always run.
 */

import { parseSource, type Node } from './regex-gate-parser';

/** Any of these strings must occur in the text. */
export type Clause = readonly string[];

/** Every clause must be satisfied. */
export type Term = readonly Clause[];

/**
 * A necessary condition for a match: one of the terms is fully satisfied (one term per
 * alternative of a pattern "a|b|c", one term otherwise).
 */
export type Requirement = readonly Term[];

/** Flags that leave the meaning of literals alone (i, u, v, y change it or the syntax). */
const SAFE_FLAGS = /^[gmsd]*$/;
const MAX_STRINGS = 16;
const MAX_CLAUSES = 6;
/** Shorter literals are too common to tell anything (and have no trigram). */
export const MIN_LITERAL = 3;

interface Info {
  /** Every string the node can match, when there are few; null otherwise. */
  exact: readonly string[] | null;
  need: Clause[];
}

function product(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > MAX_STRINGS) {
    return null;
  }
  return [...new Set(left.flatMap((a) => right.map((b) => a + b)))];
}

/** The strings as a clause, when each is long enough to be looked for. */
function clauseOf(strings: readonly string[] | null): Clause | null {
  return strings && strings.length > 0 && strings.every((s) => s.length >= MIN_LITERAL)
    ? strings
    : null;
}

/** Letters from the most to the least common in French; anything else is rarer still. */
const COMMONNESS = ' esaitnrulodcpmvqfbghjxyzkw';

function trigramRarity(text: string, at: number): number {
  let score = 0;
  for (let k = at; k < at + 3; k += 1) {
    const rank = COMMONNESS.indexOf(text[k]);
    score += rank < 0 ? COMMONNESS.length : rank;
  }
  return score;
}

/** Where the least common trigram of a literal (MIN_LITERAL characters or more) starts. */
export function rarestTrigramAt(literal: string): number {
  let at = 0;
  for (let i = 1; i + 3 <= literal.length; i += 1) {
    if (trigramRarity(literal, i) > trigramRarity(literal, at)) {
      at = i;
    }
  }
  return at;
}

const selectivities = new WeakMap<Clause, number>();

/** How seldom a clause is satisfied by chance: its most common literal decides. */
function selectivity(clause: Clause): number {
  let known = selectivities.get(clause);
  if (known === undefined) {
    const weakest = Math.min(...clause.map((s) => trigramRarity(s, rarestTrigramAt(s))));
    known = weakest * 8 - Math.log2(clause.length);
    selectivities.set(clause, known);
  }
  return known;
}

/** The most telling clause: the rarest weakest literal, then the fewest alternatives. */
function best(clauses: readonly Clause[]): Clause | null {
  return clauses.reduce<Clause | null>(
    (chosen, clause) =>
      (chosen === null || selectivity(clause) > selectivity(chosen) ? clause : chosen),
    null,
  );
}

/** The most telling clauses only: a long pattern would otherwise gather hundreds. */
function strongest(clauses: Clause[]): Clause[] {
  return clauses.length <= MAX_CLAUSES
    ? clauses
    : [...clauses].sort((a, b) => selectivity(b) - selectivity(a)).slice(0, MAX_CLAUSES);
}

function withExact(info: Info): Clause[] {
  const own = clauseOf(info.exact);
  return own ? [own, ...info.need] : info.need;
}

function seqInfo(items: readonly Node[]): Info {
  const infos = items.map(analyse);
  const need: Clause[] = infos.flatMap((info) => info.need);
  let run: readonly string[] = [''];
  // the whole sequence is known while no part is unknown and no product grew too large
  let whole = true;

  const flush = (): void => {
    const clause = clauseOf(run);
    if (clause) {
      need.push(clause);
    }
  };

  for (const info of infos) {
    if (info.exact === null) {
      flush();
      whole = false;
      run = [''];
      continue;
    }
    const longer = product(run, info.exact);
    if (longer === null) {
      flush();
      whole = false;
      run = info.exact;
    } else {
      run = longer;
    }
  }
  flush();
  return { exact: whole ? run : null, need: strongest(need) };
}

function altInfo(options: readonly Node[]): Info {
  const infos = options.map(analyse);
  const exacts = infos.map((info) => info.exact);
  const union = exacts.every((exact) => exact !== null)
    ? [...new Set(exacts.flatMap((exact) => exact ?? []))]
    : null;
  const chosen = infos.map((info) => best(withExact(info)));
  const need = chosen.every((clause) => clause !== null)
    ? [[...new Set(chosen.flatMap((clause) => clause ?? []))]]
    : [];
  return { exact: union && union.length <= MAX_STRINGS ? union : null, need };
}

function repeatInfo(node: Node, min: number, max: number): Info {
  const inner = analyse(node);
  const need = min >= 1 ? withExact(inner) : [];
  if (max === 1 && inner.exact) {
    return { exact: min === 0 ? ['', ...inner.exact] : inner.exact, need };
  }
  if (min === 0 && max === 0) {
    return { exact: [''], need: [] };
  }
  return { exact: null, need };
}

function analyse(node: Node): Info {
  switch (node.kind) {
    case 'chars':
      return { exact: node.chars, need: [] };
    case 'empty':
      return { exact: [''], need: [] };
    case 'unknown':
      return { exact: null, need: [] };
    case 'seq':
      return seqInfo(node.items);
    case 'alt':
      return altInfo(node.options);
    case 'repeat':
      return repeatInfo(node.node, node.min, node.max);
  }
}

/** The clauses one alternative needs, most telling first; [] when nothing is known. */
function termOf(node: Node): Term {
  const clauses = withExact(analyse(node));
  return [...new Map(clauses.map((clause) => [clause.join('\n'), clause])).values()]
    .sort((a, b) => selectivity(b) - selectivity(a))
    .slice(0, MAX_CLAUSES);
}

/** The alternatives of the pattern's top level, through groups around the whole pattern. */
function topAlternatives(node: Node): Node[] {
  if (node.kind === 'alt') {
    return node.options.flatMap(topAlternatives);
  }
  if (node.kind === 'seq' && node.items.length === 1) {
    return topAlternatives(node.items[0]);
  }
  return [node];
}

/**
 * What any text `pattern` matches satisfies; null when nothing is known (the pattern must
 * always run).
 */
export function requirementOf(pattern: RegExp): Requirement | null {
  if (!SAFE_FLAGS.test(pattern.flags)) {
    return null;
  }
  let root: Node;
  try {
    root = parseSource(pattern.source);
  } catch {
    return null;
  }
  const terms = topAlternatives(root).map(termOf);
  return terms.some((term) => term.length === 0) ? null : terms;
}
