import type { FeatureCounts } from './feature-ids';
import { addInto, scaled } from './weight-mean';

/**
 * Multinomial logistic regression on sparse features: small, deterministic to train, and a
 * few microseconds to apply, so it can sit on the hot path of every message.
 */

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * The weights kept are the mean of those after each epoch from this one on (none when
   * absent): with a learning rate still ~0.35 in the last epoch, the last examples of a
   * shuffle moved the model, and a few corpus lines more or less swung its answers.
   */
  averageFrom?: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 20, learningRate: 1, l2: 1e-5, seed: 7, averageFrom: 10,
};

export interface LinearModelData {
  labels: string[];
  features: string[];
  /** Feature-major weights (feature f, label c at f * labels + c), base64 Int8... */
  weights: string;
  /** ...times this per-feature scale (base64 Float32): a quarter of the size, same answers. */
  scales: string;
  bias: number[];
}

type SparseVector = ReadonlyArray<readonly [number, number]>;

export interface LinearModel {
  readonly labels: readonly string[];
  /** Feature names; a feature's id is its position (see feature-ids.ts). */
  readonly features: readonly string[];
  /** Probabilities per label, in `labels` order. */
  predict(features: readonly string[]): Float64Array;
  /** The same from ids counted by a FeatureIdTable built on `features`: the hot path. */
  predictCounts(input: FeatureCounts): Float64Array;
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
  let max = -Infinity;
  for (let c = 0; c < scores.length; c += 1) {
    max = Math.max(max, scores[c]);
  }
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

function quantize(weights: Float32Array, classes: number): { weights: string; scales: string } {
  const rows = weights.length / classes;
  const scales = new Float32Array(rows);
  const bytes = new Int8Array(weights.length);
  for (let f = 0; f < rows; f += 1) {
    let max = 0;
    for (let c = 0; c < classes; c += 1) {
      max = Math.max(max, Math.abs(weights[f * classes + c]));
    }
    scales[f] = max / 127;
    for (let c = 0; c < classes; c += 1) {
      bytes[f * classes + c] = max === 0 ? 0 : Math.round(weights[f * classes + c] / scales[f]);
    }
  }
  return {
    weights: Buffer.from(bytes.buffer).toString('base64'),
    scales: Buffer.from(scales.buffer).toString('base64'),
  };
}

/** Weights as saved: int8 times a per-feature scale, a quarter of the memory of Float32. */
interface QuantizedWeights {
  bytes: Int8Array;
  scales: Float32Array;
}

function readQuantized(data: LinearModelData): QuantizedWeights {
  const classes = data.labels.length;
  const bytes = new Int8Array(Buffer.from(data.weights, 'base64'));
  const raw = Buffer.from(data.scales, 'base64');
  const scaleBytes = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
  const scales = new Float32Array(scaleBytes);
  if (bytes.length !== data.features.length * classes || scales.length !== data.features.length) {
    throw new Error('model weights do not match its features and labels');
  }
  return { bytes, scales };
}

/** The Float32 weights the quantized ones stand for (what training and saving read). */
function dequantize({ bytes, scales }: QuantizedWeights, classes: number): Float32Array {
  const weights = new Float32Array(bytes.length);
  for (let f = 0, i = 0; f < scales.length; f += 1) {
    const scale = scales[f];
    for (let c = 0; c < classes; c += 1, i += 1) {
      weights[i] = bytes[i] * scale;
    }
  }
  return weights;
}

function build(labels: string[], features: string[],
  weights: Float32Array | QuantizedWeights, bias: number[]): LinearModel {
  // only predict() needs names to ids; the hot path counts ids (feature-ids.ts)
  let index: Map<string, number> | undefined;
  const classes = labels.length;
  const start = Float64Array.from(bias);
  const quantized = weights instanceof Float32Array ? undefined : weights;
  let dense = weights instanceof Float32Array ? weights : undefined;
  // a loaded model keeps its int8 weights; the Float32 ones are made only for predict()
  const full = (): Float32Array => {
    dense ??= quantized === undefined ? new Float32Array(0) : dequantize(quantized, classes);
    return dense;
  };

  // vectorize()'s arithmetic in the same order, so both give the same bits; a quantized
  // weight is rounded to Float32 (Math.fround) exactly as dequantize() stores it
  const predictCounts = ({ ids, counts, total }: FeatureCounts): Float64Array => {
    const scores = start.slice();
    const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
    for (let k = 0; k < ids.length; k += 1) {
      const value = Math.sqrt(counts[k]) * scale;
      const base = ids[k] * classes;
      if (quantized === undefined) {
        const w = full();
        for (let c = 0; c < classes; c += 1) {
          scores[c] += w[base + c] * value;
        }
      } else {
        const { bytes } = quantized;
        const rowScale = quantized.scales[ids[k]];
        for (let c = 0; c < classes; c += 1) {
          scores[c] += Math.fround(bytes[base + c] * rowScale) * value;
        }
      }
    }
    return softmaxInPlace(scores);
  };

  return {
    labels,
    features,
    predict(input) {
      index ??= new Map(features.map((feature, i) => [feature, i]));
      const w = full();
      const scores = Float64Array.from(bias);
      for (const [id, value] of vectorize(input, index)) {
        const base = id * classes;
        for (let c = 0; c < classes; c += 1) {
          scores[c] += w[base + c] * value;
        }
      }
      return softmaxInPlace(scores);
    },
    predictCounts,
    toJSON: () => ({ labels, features, ...quantize(full(), classes), bias }),
  };
}

interface Row {
  ids: Int32Array;
  values: Float64Array;
  label: number;
}

function toRow(vector: SparseVector, label: number): Row {
  return {
    ids: Int32Array.from(vector.map(([id]) => id)),
    values: Float64Array.from(vector.map(([, value]) => value)),
    label,
  };
}

/** Below this, a label's gradient is skipped: most labels are settled after a few epochs. */
const GRADIENT_FLOOR = 1e-4;

function trainEpoch(rows: Row[], order: number[], weights: Float32Array, bias: number[],
  rate: number, l2: number): void {
  const classes = bias.length;
  for (const position of order) {
    const { ids, values, label } = rows[position];
    const scores = Float64Array.from(bias);
    for (let k = 0; k < ids.length; k += 1) {
      const base = ids[k] * classes;
      for (let c = 0; c < classes; c += 1) {
        scores[c] += weights[base + c] * values[k];
      }
    }
    softmaxInPlace(scores);
    for (let c = 0; c < classes; c += 1) {
      const gradient = scores[c] - (c === label ? 1 : 0);
      if (Math.abs(gradient) < GRADIENT_FLOOR) {
        continue;
      }
      bias[c] -= rate * gradient;
      for (let k = 0; k < ids.length; k += 1) {
        const w = ids[k] * classes + c;
        weights[w] -= rate * (gradient * values[k] + l2 * weights[w]);
      }
    }
  }
}

/**
 * Trains on examples given as feature lists with one label each. Only features of
 * `vocabularyFrom` examples (the corpus as written, not its typo copies) get a weight.
 */
export function trainLinearModel(
  examples: ReadonlyArray<{ features: readonly string[]; label: string }>,
  options: TrainingOptions = DEFAULT_TRAINING,
  vocabularyFrom: ReadonlyArray<{ features: readonly string[] }> = examples,
): LinearModel {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const features = [...new Set(vocabularyFrom.flatMap((example) => example.features))].sort();
  const index = new Map(features.map((feature, i) => [feature, i]));
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const weights = new Float32Array(features.length * labels.length);
  const bias = new Array<number>(labels.length).fill(0);
  const rows = examples.map((example) =>
    toRow(vectorize(example.features, index), labelIndex.get(example.label) ?? 0));
  const next = random(options.seed);
  const order = rows.map((_, i) => i);

  const mean = { weights: new Float32Array(0), bias: bias.map(() => 0), epochs: 0 };
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    trainEpoch(rows, order, weights, bias, options.learningRate / (1 + epoch * 0.1), options.l2);

    if (options.averageFrom !== undefined && epoch >= options.averageFrom) {
      addInto(mean, weights, bias);
    }
  }

  return mean.epochs === 0 ? build(labels, features, weights, bias)
    : build(labels, features, scaled(mean.weights, 1 / mean.epochs),
      mean.bias.map((value) => value / mean.epochs));
}

/** Rebuilds a saved model; throws on a file that is not one. */
export function loadLinearModel(data: LinearModelData): LinearModel {
  return build(data.labels, data.features, readQuantized(data), data.bias);
}
