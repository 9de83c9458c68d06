import type { TopicScore } from './types';

/**
 * The order of the topics for one message: by vote (the ensemble's probability), then by the
 * linear model's probability, then by label order. It is the order the linear ranking
 * re-sorted by the vote gave (both sorts stable), kept to the last tie.
 */
export interface Votes {
  labels: readonly string[];
  /** The ensemble's score per label, in `labels` order. */
  vote: Float64Array;
  /** The linear model's probability per label, in `labels` order. */
  linear: Float64Array;
}

function before({ vote, linear }: Votes, a: number, b: number): boolean {
  return vote[a] !== vote[b] ? vote[a] > vote[b] : linear[a] !== linear[b]
    ? linear[a] > linear[b]
    : a < b;
}

const scoreOf = ({ labels, vote }: Votes, i: number): TopicScore =>
  ({ topic: labels[i], score: vote[i] });

/** Every label, best first. */
export function rankAll(votes: Votes): TopicScore[] {
  return votes.labels.map((_label, i) => i)
    .sort((a, b) => (before(votes, a, b) ? -1 : before(votes, b, a) ? 1 : 0))
    .map((i) => scoreOf(votes, i));
}

/** The first `count` of rankAll(), without sorting the others: what a decision reads. */
export function rankBest(votes: Votes, count: number): TopicScore[] {
  const best: number[] = [];
  for (let i = 0; i < votes.labels.length; i += 1) {
    let at = best.length;
    while (at > 0 && before(votes, i, best[at - 1])) {
      at -= 1;
    }
    if (at < count) {
      best.splice(at, 0, i);
      best.length = Math.min(best.length, count);
    }
  }
  return best.map((i) => scoreOf(votes, i));
}
