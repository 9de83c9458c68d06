import { expect } from 'chai';
import { BlamedTexts } from '../../nlu/blamed-texts';

describe('the texts blamed for stopping the recogniser thread', () => {
  it('knows a blamed text and nothing else', () => {
    const blamed = new BlamedTexts();
    blamed.add('hang');

    expect(['hang', 'hang ', 'Hang', ''].map((text) => blamed.has(text)))
      .to.deep.equal([true, false, false, false]);
  });

  it('forgets the oldest beyond a hundred, and a text blamed again is young again', () => {
    const blamed = new BlamedTexts();
    for (let i = 0; i < 100; i += 1) {
      blamed.add(`text ${i}`);
    }
    blamed.add('text 0');
    blamed.add('text 100');

    expect(['text 0', 'text 1', 'text 2', 'text 100'].map((text) => blamed.has(text)))
      .to.deep.equal([true, false, true, true]);
  });
});
