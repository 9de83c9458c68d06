import { expect } from 'chai';
import { normalize } from '../../nlu/normalize';
import { turnedClauses } from '../../nlu/triage-turn';

/** Which clauses after "mais là" / "et maintenant" are read alone. */
const CASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['il m a frappée hier mais là il revient avec un couteau',
    ['mais la il revient avec un couteau']],
  ['accident hier rien de grave et maintenant il repart', ['et maintenant il repart']],
  ['on a été cambriolés la semaine dernière et la ya qqn', ['et la y a quelqu un']],
  // a story told in the present of another day, or an undated message: nothing
  ['hier au bar et là il sort un couteau', []],
  ['hier soir je rentrais et là il a sorti un couteau', []],
  ['il m a frappée mais là il revient', []],
  // the clause after the turn is past again
  ['il m a frappée hier mais là il est parti', []],
];

describe('the clause after a turn to the present, in one sentence', () => {
  CASES.forEach(([text, expected]) => {
    it(`reads ${expected.length === 0 ? 'nothing' : 'the clause'} in "${text}"`, () => {
      expect(turnedClauses(normalize(text))).to.deep.equal(expected);
    });
  });
});
