import type { Example } from './corpus';
import { normalize } from './normalize';
import { DEFAULT_MODEL_OPTIONS, trainTopicModel, type ModelOptions } from './topic-model';

/**
 * K-fold cross-validation of the topic model on a corpus: each fold is classified by a model
 * trained on the others. Harder than any held-out set written after the corpus, since every
 * fold holds phrasings seen nowhere else, so it is the figure that tells whether a change
 * generalises or only fits the lines it was made for.
 */
export interface FoldMiss {
  text: string;
  expected: string;
  got: string;
}

export interface CrossValidationReport {
  folds: number;
  lines: number;
  accuracy: number;
  /** "expected -> got" with how many lines, costliest first. */
  confusions: Array<{ pair: string; count: number }>;
  misses: FoldMiss[];
}

/** The same seed, the same folds: two runs of one corpus compare changes of the code. */
export const DEFAULT_FOLD_SEED = 20240611;

function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Splits labelled examples into `folds` parts of near-equal size after a fixed shuffle. */
export function splitFolds(examples: readonly Example[], folds: number,
  seed = DEFAULT_FOLD_SEED): Example[][] {
  if (!Number.isInteger(folds) || folds < 2) {
    throw new Error(`folds must be an integer >= 2, got ${folds}`);
  }
  const labelled = examples.filter((example) => example.labels.length > 0);
  if (labelled.length < folds) {
    throw new Error(`${labelled.length} labelled examples cannot make ${folds} folds`);
  }
  const parts: Example[][] = Array.from({ length: folds }, () => []);
  shuffled(labelled, seed).forEach((example, i) => parts[i % folds].push(example));
  return parts;
}

export async function crossValidate(
  examples: readonly Example[],
  folds = 5,
  options: ModelOptions = DEFAULT_MODEL_OPTIONS,
  seed = DEFAULT_FOLD_SEED,
): Promise<CrossValidationReport> {
  const parts = splitFolds(examples, folds, seed);
  const misses: FoldMiss[] = [];
  let lines = 0;

  for (let fold = 0; fold < parts.length; fold += 1) {
    const training = parts.filter((_part, i) => i !== fold).flat();
    const model = await trainTopicModel(training, options);
    for (const example of parts[fold]) {
      const result = await model.classify(normalize(example.text));
      lines += 1;
      if (!example.labels.includes(result.topic)) {
        misses.push({ text: example.text, expected: example.labels[0], got: result.topic });
      }
    }
  }

  const counts = new Map<string, number>();
  for (const miss of misses) {
    const pair = `${miss.expected} -> ${miss.got}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return {
    folds,
    lines,
    accuracy: lines === 0 ? 0 : (lines - misses.length) / lines,
    confusions: [...counts].map(([pair, count]) => ({ pair, count }))
      .sort((a, b) => b.count - a.count || a.pair.localeCompare(b.pair)),
    misses,
  };
}
