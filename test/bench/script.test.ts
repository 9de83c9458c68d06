import { expect } from 'chai';
import { scriptFor, TURNS_PER_CONVERSATION } from '../../bench/script';

describe('bench conversation script', () => {
  it('greets, asks two questions, starts a pré-plainte and says goodbye, in French', () => {
    const script = scriptFor(0);

    expect(script).to.have.length(TURNS_PER_CONVERSATION).and.to.have.length(5);
    expect(script[0]).to.match(/^bonjour/i);
    expect(script[3]).to.match(/plainte/i);
    expect(script[4]).to.match(/au revoir/i);
  });

  it('varies its wording from one conversation to the next', () => {
    expect(scriptFor(0)).to.not.deep.equal(scriptFor(1));
    expect(scriptFor(3)).to.deep.equal(scriptFor(0));
  });

  it('refuses a conversation number that is not a natural integer', () => {
    expect(() => scriptFor(-1)).to.throw(RangeError, /natural integer/);
    expect(() => scriptFor(1.5)).to.throw(RangeError, /natural integer/);
  });
});
