import { expect } from 'chai';
import { joinSplitWords } from '../../nlu/split-words';

const vocabulary = new Map([
  ['fourriere', 40], ['four', 5], ['la', 900], ['voiture', 80], ['procuration', 30],
  ['pro', 5], ['en', 600], ['plus', 90], ['enplus', 9], ['rare', 3], ['rarement', 2],
]);

describe('joining a word cut in two', () => {
  it('joins an unknown half to its neighbour when together they make a frequent word', () => {
    expect(joinSplitWords('la four riere', vocabulary)).to.equal('la fourriere');
    expect(joinSplitWords('une pro curation', vocabulary)).to.equal('une procuration');
  });

  it('never joins two known words, nor into a rare word', () => {
    expect(joinSplitWords('en plus la voiture', vocabulary)).to.equal('en plus la voiture');
    expect(joinSplitWords('rare ment', vocabulary)).to.equal('rare ment');
  });

  it('never joins a name the citizen wrote', () => {
    expect(joinSplitWords('four riere', vocabulary, new Set(['riere']))).to.equal('four riere');
  });

  it('keeps an empty or one-word text as it is', () => {
    expect(joinSplitWords('', vocabulary)).to.equal('');
    expect(joinSplitWords('fourriere', vocabulary)).to.equal('fourriere');
  });
});
