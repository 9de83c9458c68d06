import { expect } from 'chai';
import { buildDeletionIndex, deletions } from '../../nlu/deletionIndex';

/** What the index must answer: the words whose deletions (or themselves) hold the key. */
function byMap(words: readonly string[], minLength: number): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words.filter((candidate) => candidate.length >= minLength)) {
    const keys = new Set<string>([word]);
    deletions(word, 2, keys);
    keys.forEach((key) => index.set(key, [...(index.get(key) ?? []), word]));
  }
  return index;
}

describe('spelling corrector deletion index', () => {
  const words = ['plainte', 'plaintes', 'voiture', 'voitures', 'secours', 'secoue', 'vol',
    'procuration', 'élève', 'élevé', 'porter', 'portes', 'aaaa'];

  it('finds, for every deletion key, the same words in vocabulary order as a map would', () => {
    const index = buildDeletionIndex(words, 4);
    const expected = byMap(words, 4);

    for (const [key, found] of expected) {
      expect(index.wordsFor(key), key).to.deep.equal(found);
    }
  });

  it('finds nothing for a key that is no deletion of a word, nor for short words', () => {
    const index = buildDeletionIndex(words, 4);

    expect(index.wordsFor('xyz')).to.deep.equal([]);
    expect(index.wordsFor('plaintezz')).to.deep.equal([]);
    expect(index.wordsFor('vol')).to.deep.equal([]);
    expect(index.wordsFor('')).to.deep.equal([]);
  });

  it('keeps a word once per key even when a key repeats (a word of repeated letters)', () => {
    const index = buildDeletionIndex(['aaaa'], 4);

    expect(index.wordsFor('aa')).to.deep.equal(['aaaa']);
    expect(index.wordsFor('aaaa')).to.deep.equal(['aaaa']);
  });
});
