/**
 * What text a regular expression needs in order to match: the literal strings that any match
 * must contain, read from its source. The triage runs a few hundred phrase regexes on every
 * message, and most messages contain none of their words: regex-gate.ts uses these literals
 * to skip, with certainty, the regexes that cannot match.
 *
 * Conservative by construction: a construct it does not understand (backreference, wide
 * class, unknown flag) requires nothing, so the regex is always run.
 */

/** Any of these strings must occur in the text. */
export type Clause = readonly string[];

/** Every clause must be satisfied. */
export type Term = readonly Clause[];

/**
 * A necessary condition for a match: one of the terms is fully satisfied (one term per
 * alternative of a pattern "a|b|c", one term otherwise).
 */
export type Requirement = readonly Term[];

type Node =
  | { kind: 'chars'; chars: readonly string[] | null }
  | { kind: 'empty' }
  | { kind: 'unknown' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

/** Flags that leave the meaning of literals alone (i, u, v, y change it or the syntax). */
const SAFE_FLAGS = /^[gmsd]*$/;
const MAX_STRINGS = 16;
const MAX_CLAUSES = 6;
/** Shorter literals are too common to tell anything (and have no trigram). */
export const MIN_LITERAL = 3;
const MAX_CLASS = 40;
const UNKNOWN: Node = { kind: 'unknown' };
const EMPTY: Node = { kind: 'empty' };

/** A node that matches exactly one known string. */
function isText(node: Node): node is { kind: 'chars'; chars: readonly [string] } {
  return node.kind === 'chars' && node.chars !== null && node.chars.length === 1;
}

const SIMPLE_QUANTIFIERS: ReadonlyMap<string, [number, number]> = new Map([
  ['*', [0, Infinity]], ['+', [1, Infinity]], ['?', [0, 1]],
]);
/** Sticky: read where the parser stands, without copying the rest of the source. */
const BRACES = /\{(\d+)(,(\d*))?\}/y;

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.position < this.source.length) {
      throw new Error(`unexpected "${this.source[this.position]}"`);
    }
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.position + offset];
  }

  private next(): string {
    const char = this.source[this.position];
    if (char === undefined) {
      throw new Error('unexpected end of pattern');
    }
    this.position += 1;
    return char;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.position += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified(this.atom());
      const previous = items[items.length - 1];
      // "couteau" as one string rather than seven characters: far fewer products to build
      if (isText(item) && previous !== undefined && isText(previous)) {
        items[items.length - 1] = { kind: 'chars', chars: [previous.chars[0] + item.chars[0]] };
      } else {
        items.push(item);
      }
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    let node = atom;
    for (;;) {
      const bounds = this.quantifier();
      if (bounds === undefined) {
        return node;
      }
      if (this.peek() === '?') {
        this.position += 1;
      }
      node = { kind: 'repeat', node, min: bounds[0], max: bounds[1] };
    }
  }

  private quantifier(): [number, number] | undefined {
    const char = this.peek();
    const simple = char === undefined ? undefined : SIMPLE_QUANTIFIERS.get(char);
    if (simple) {
      this.position += 1;
      return simple;
    }
    if (char !== '{') {
      return undefined;
    }
    BRACES.lastIndex = this.position;
    const braces = BRACES.exec(this.source);
    if (!braces) {
      return undefined;
    }
    this.position += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    return [min, max];
  }

  private atom(): Node {
    const char = this.next();
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '.':
        return { kind: 'chars', chars: null };
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Error(`nothing to repeat at ${this.position}`);
      default:
        return { kind: 'chars', chars: [char] };
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.peek() === '?') {
      const head = this.source.slice(this.position, this.position + 3);
      if (head.startsWith('?:')) {
        this.position += 2;
      } else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.position += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.position += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const close = this.source.indexOf('>', this.position);
        if (close < 0) {
          throw new Error('unterminated group name');
        }
        this.position = close + 1;
      } else {
        throw new Error(`unknown group "(${head}"`);
      }
    }
    const inner = this.alternation();
    if (this.next() !== ')') {
      throw new Error('unterminated group');
    }
    // a lookaround takes no characters of the match: it requires nothing of it
    return lookaround ? EMPTY : inner;
  }

  private escape(): Node {
    const char = this.next();
    const fixed: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (char === 'b' || char === 'B') {
      return EMPTY;
    }
    if (char === 'd') {
      return { kind: 'chars', chars: [...'0123456789'] };
    }
    if (/[0-9]/.test(char)) {
      // a backreference or an octal escape: skip its digits, it may match anything
      while (/[0-9]/.test(this.peek() ?? '')) {
        this.position += 1;
      }
      return UNKNOWN;
    }
    if (char === 'k' && this.peek() === '<') {
      this.position = Math.max(this.position, this.source.indexOf('>', this.position) + 1);
      return UNKNOWN;
    }
    if (char === 'c' && /[a-zA-Z]/.test(this.peek() ?? '')) {
      this.position += 1;
      return UNKNOWN;
    }
    if (/[DwWsS]/.test(char)) {
      return UNKNOWN;
    }
    if (char === 'x' || char === 'u') {
      return this.hexEscape(char === 'x' ? 2 : 4);
    }
    return { kind: 'chars', chars: [fixed[char] ?? char] };
  }

  private hexEscape(digits: number): Node {
    const hex = this.source.slice(this.position, this.position + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) {
      return UNKNOWN;
    }
    this.position += digits;
    return { kind: 'chars', chars: [String.fromCharCode(parseInt(hex, 16))] };
  }

  private charClass(): Node {
    const negated = this.peek() === '^';
    if (negated) {
      this.position += 1;
    }
    const chars = new Set<string>();
    let wide = negated;
    // in JavaScript "[]" is an empty class and "]" never opens one
    while (this.peek() !== ']') {
      const start = this.classChar();
      if (start === null) {
        wide = true;
        continue;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.position += 1;
        const end = this.classChar();
        if (end === null) {
          wide = true;
          continue;
        }
        for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code += 1) {
          chars.add(String.fromCharCode(code));
        }
      } else {
        chars.add(start);
      }
      wide ||= chars.size > MAX_CLASS;
    }
    this.position += 1;
    return { kind: 'chars', chars: wide ? null : [...chars] };
  }

  /** One character of a class; null for a shorthand class (\d, \w...) or an odd escape. */
  private classChar(): string | null {
    const char = this.next();
    if (char !== '\\') {
      return char;
    }
    const escaped = this.next();
    const fixed: Record<string, string> = {
      n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b',
    };
    if (/[dDwWsScxuk0-9]/.test(escaped)) {
      return null;
    }
    return fixed[escaped] ?? escaped;
  }
}

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
    root = new Parser(pattern.source).parse();
  } catch {
    return null;
  }
  const terms = topAlternatives(root).map(termOf);
  return terms.some((term) => term.length === 0) ? null : terms;
}
