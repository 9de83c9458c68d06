/**
 * Multinomial logistic regression on sparse features: small, deterministic to train, and a
 * few microseconds to apply, so it can sit on the hot path of every message.
 */

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 40, learningRate: 0.5, l2: 1e-5, seed: 7 };

export interface LinearModelData {
  labels: string[];
  features: string[];
  /** Feature-major weights (feature f, label c at f * labels + c), base64 Float32. */
  weights: string;
  bias: number[];
}

type SparseVector = ReadonlyArray<readonly [number, number]>;

export interface LinearModel {
  readonly labels: readonly string[];
  /** Probabilities per label, in `labels` order. */
  predict(features: readonly string[]): Float64Array;
  toJSON(): LinearModelData;
}

/** Small deterministic PRNG (mulberry32): same corpus, same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vectorize(features: readonly string[], index: ReadonlyMap<string, number>): SparseVector {
  const counts = new Map<number, number>();
  for (const feature of features) {
    const id = index.get(feature);
    if (id !== undefined) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let norm = 0;
  counts.forEach((count) => {
    norm += count;
  });
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return [...counts].map(([id, count]) => [id, Math.sqrt(count) * scale] as const);
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  const max = Math.max(...scores);
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    scores[c] = Math.exp(scores[c] - max);
    sum += scores[c];
  }
  for (let c = 0; c < scores.length; c += 1) {
    scores[c] /= sum;
  }
  return scores;
}

function build(labels: string[], features: string[], weights: Float32Array, bias: number[]): LinearModel {
  const index = new Map(features.map((feature, i) => [feature, i]));
  const classes = labels.length;
  return {
    labels,
    predict(input) {
      const scores = Float64Array.from(bias);
      for (const [id, value] of vectorize(input, index)) {
        const base = id * classes;
        for (let c = 0; c < classes; c += 1) {
          scores[c] += weights[base + c] * value;
        }
      }
      return softmaxInPlace(scores);
    },
    toJSON: () => ({
      labels,
      features,
      weights: Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength).toString('base64'),
      bias,
    }),
  };
}

/** Trains on examples given as feature lists with one label each. */
export function trainLinearModel(
  examples: ReadonlyArray<{ features: readonly string[]; label: string }>,
  options: TrainingOptions = DEFAULT_TRAINING,
): LinearModel {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const features = [...new Set(examples.flatMap((example) => example.features))].sort();
  const index = new Map(features.map((feature, i) => [feature, i]));
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const classes = labels.length;
  const weights = new Float32Array(features.length * classes);
  const bias = new Array<number>(classes).fill(0);
  const data = examples.map((example) => ({
    x: vectorize(example.features, index),
    y: labelIndex.get(example.label) ?? 0,
  }));
  const next = random(options.seed);
  const order = data.map((_, i) => i);

  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const position of order) {
      const { x, y } = data[position];
      const scores = Float64Array.from(bias);
      for (const [id, value] of x) {
        for (let c = 0; c < classes; c += 1) {
          scores[c] += weights[id * classes + c] * value;
        }
      }
      softmaxInPlace(scores);
      for (let c = 0; c < classes; c += 1) {
        const gradient = scores[c] - (c === y ? 1 : 0);
        bias[c] -= rate * gradient;
        for (const [id, value] of x) {
          const k = id * classes + c;
          weights[k] -= rate * (gradient * value + options.l2 * weights[k]);
        }
      }
    }
  }

  return build(labels, features, weights, bias);
}

/** Rebuilds a saved model; throws on a file that is not one. */
export function loadLinearModel(data: LinearModelData): LinearModel {
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (weights.length !== data.features.length * data.labels.length) {
    throw new Error('model weights do not match its features and labels');
  }
  return build(data.labels, data.features, weights, data.bias);
}
