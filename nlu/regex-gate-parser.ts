/**
 * A reader of regular expression sources into a small syntax tree, for regex-literals.ts to
 * find the literal strings a match needs. It knows literals, classes, groups, alternation and
 * quantifiers; any other construct becomes "unknown", which requires nothing.
 */

export type Node =
  | { kind: 'chars'; chars: readonly string[] | null }
  | { kind: 'empty' }
  | { kind: 'unknown' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

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

/** The tree of a regex source; throws on a source it cannot read (the caller requires nothing). */
export function parseSource(source: string): Node {
  return new Parser(source).parse();
}
