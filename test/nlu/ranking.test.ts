import { expect } from 'chai';
import { rankAll, rankBest, type Votes } from '../../nlu/ranking';

const LABELS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

/** Scores drawn from a few values, so that ties are common (deterministic). */
function votes(seed: number): Votes {
  const pick = (i: number, salt: number): number => [0, 0.25, 0.5][(seed * 7 + i * salt) % 3];
  return {
    labels: LABELS,
    vote: Float64Array.from(LABELS, (_label, i) => pick(i, 5)),
    linear: Float64Array.from(LABELS, (_label, i) => pick(i, 11)),
  };
}

/** How the ensemble ranked before: linear ranking, then re-sorted by the vote (stable). */
function twoSorts({ labels, vote, linear }: Votes): Array<{ topic: string; score: number }> {
  return labels.map((topic, i) => ({ topic, i, score: linear[i] }))
    .sort((x, y) => y.score - x.score)
    .map(({ topic, i }) => ({ topic, score: vote[i] }))
    .sort((x, y) => y.score - x.score);
}

describe('topic ranking', () => {
  it('orders by vote, then linear probability, then label: as the two stable sorts did', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      expect(rankAll(votes(seed))).to.deep.equal(twoSorts(votes(seed)));
    }
  });

  it('gives the best few in the same order as the whole ranking, ties included', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      for (const count of [0, 1, 3, LABELS.length, LABELS.length + 2]) {
        expect(rankBest(votes(seed), count)).to.deep.equal(rankAll(votes(seed)).slice(0, count));
      }
    }
  });

  it('ranks nothing when there are no labels', () => {
    const none = { labels: [], vote: new Float64Array(0), linear: new Float64Array(0) };

    expect(rankAll(none)).to.deep.equal([]);
    expect(rankBest(none, 3)).to.deep.equal([]);
  });
});
