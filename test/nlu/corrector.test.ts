import { expect } from 'chai';
import { countWords, createCorrector, editDistance } from '../../nlu/corrector';

describe('spelling corrector', () => {
  const corrector = createCorrector(countWords([
    'porter plainte pour un vol de voiture',
    'procuration pour voter',
    'au secours secours',
    'il secoue',
  ]));

  const cases: Array<[string, string, string]> = [
    ['a missing letter', 'plainte', 'plainte'],
    ['a dropped letter', 'plinte', 'plainte'],
    ['a doubled letter', 'voituure', 'voiture'],
    ['two swapped letters', 'porcuration', 'procuration'],
    ['two edits in a long word', 'procurasion', 'procuration'],
    ['a missing final s, preferring the same beginning', 'secour', 'secours'],
  ];
  for (const [what, typo, expected] of cases) {
    it(`fixes ${what}: ${typo} -> ${expected}`, () => {
      expect(corrector.correctWord(typo)).to.equal(expected);
    });
  }

  it('leaves known, short, numeric and far-off words alone', () => {
    expect(corrector.correctWord('voter')).to.equal('voter');
    expect(corrector.correctWord('viol')).to.equal('viol');
    expect(corrector.correctWord('75001')).to.equal('75001');
    expect(corrector.correctWord('ornithorynque')).to.equal('ornithorynque');
  });

  it('corrects every word of a text', () => {
    expect(corrector.correct('je veux porter plinte')).to.equal('je veux porter plainte');
  });

  it('counts a swap as one edit', () => {
    expect(editDistance('ab', 'ba')).to.equal(1);
    expect(editDistance('chat', 'chats')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
  });
});
