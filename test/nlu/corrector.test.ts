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

  describe('sharing the index of a larger vocabulary', () => {
    const vocabulary = (...words: string[]): Map<string, number> =>
      new Map(words.map((word) => [word, 1]));

    it('never corrects into a word that only the larger vocabulary knows', () => {
      const whole = createCorrector(vocabulary('maison', 'plainte', 'voiture'));
      whole.warm();
      const part = createCorrector(vocabulary('maison', 'voiture'));
      part.warm();

      expect(whole.correctWord('plinte')).to.equal('plainte');
      expect(part.correctWord('plinte')).to.equal('plinte');
      expect(part.correctWord('voitre')).to.equal('voiture');
    });

    it('breaks ties in its own order, even when the larger one lists the words otherwise', () => {
      // equal distance, prefix and frequency: the first word of the vocabulary wins
      createCorrector(vocabulary('maisan', 'maison', 'plainte')).warm();
      const sameOrder = createCorrector(vocabulary('maisan', 'maison'));
      const otherOrder = createCorrector(vocabulary('maison', 'maisan'));

      expect(sameOrder.correctWord('maisxn')).to.equal('maisan');
      expect(otherOrder.correctWord('maisxn')).to.equal('maison');
    });
  });

  // a tester's message of one 4,900-letter "word" held the recogniser for two minutes: its
  // deletions grow with the cube of its length; longer than any known word by more than two
  // letters, it has no correction to look for
  it('leaves a word longer than every known word as it is, without looking it up', () => {
    const corrector = createCorrector(countWords(['au secours aidez moi vite danger']));
    const glued = 'jesuisendanger'.repeat(350);

    expect(corrector.correctWord(glued)).to.equal(glued);
    expect(corrector.correctWord('dangerr')).to.equal('danger');
  });
});
