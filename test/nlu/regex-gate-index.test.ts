import { expect } from 'chai';
import { LiteralIndex } from '../../nlu/regex-gate-literals';
import { TermIndex } from '../../nlu/regex-gate-terms';

/** The literals of `index` found in `text`, as strings. */
function found(index: LiteralIndex, names: readonly string[], text: string): string[] {
  const out = new Int32Array(index.size);
  const count = index.find(text, out);
  return Array.from(out.subarray(0, count), (id) => names[id]).sort();
}

describe('regex gate literal index', () => {
  const names = ['couteau', 'au feu', 'secours', 'cou', 'feu', 'l eau', 'x-y', 'aaa'];
  const index = new LiteralIndex();
  names.forEach((name) => index.add(name));

  const cases: [string, string[]][] = [
    ['il a un couteau', ['cou', 'couteau']],
    ['au feu au feu', ['au feu', 'feu']],
    ['couteau', ['cou', 'couteau']],
    ['un coup et un outil ute tea eau au flic', ['cou']],
    ['secour', ['cou']],
    ['l eau monte', ['l eau']],
    ['a x-y b', ['x-y']],
    ['aaaa', ['aaa']],
    ['', []],
    ['ab', []],
    ['secur', []],
  ];
  for (const [text, expected] of cases) {
    it(`finds exactly ${JSON.stringify(expected)} in "${text}", each once`, () => {
      expect(found(index, names, text)).to.deep.equal(expected);
    });
  }

  it('gives a literal added twice one number', () => {
    const twice = new LiteralIndex();

    expect(twice.add('couteau')).to.equal(twice.add('couteau'));
    expect(twice.size).to.equal(1);
  });

  it('finds a literal added after a first reading', () => {
    const later = new LiteralIndex();
    later.add('couteau');
    found(later, ['couteau'], 'rien');
    later.add('flingue');

    expect(found(later, ['couteau', 'flingue'], 'un flingue et un couteau'))
      .to.deep.equal(['couteau', 'flingue']);
  });
});

describe('regex gate term index', () => {
  it('marks a pattern only when every clause of one of its terms is satisfied', () => {
    const terms = new TermIndex();
    // pattern 0: (clause 0 and 1) or clause 2; pattern 1: clause 1 and 3
    terms.add([Int32Array.of(0, 1), Int32Array.of(2)]);
    terms.add([Int32Array.of(1, 3)]);
    const marked = (satisfied: number[]): number[] => {
      const candidates = new Uint8Array(terms.patternCount);
      terms.mark(Int32Array.from(satisfied), satisfied.length, candidates);
      return Array.from(candidates);
    };

    expect(marked([])).to.deep.equal([0, 0]);
    expect(marked([0])).to.deep.equal([0, 0]);
    expect(marked([1, 0])).to.deep.equal([1, 0]);
    expect(marked([2])).to.deep.equal([1, 0]);
    expect(marked([3, 1])).to.deep.equal([0, 1]);
    expect(marked([0, 1, 3])).to.deep.equal([1, 1]);
  });

  it('marks a pattern with a term that needs nothing for every text', () => {
    const terms = new TermIndex();
    terms.add([Int32Array.of(0)]);
    terms.add([new Int32Array(0)]);
    const candidates = new Uint8Array(terms.patternCount);

    terms.mark(new Int32Array(0), 0, candidates);

    expect(Array.from(candidates)).to.deep.equal([0, 1]);
  });
});
