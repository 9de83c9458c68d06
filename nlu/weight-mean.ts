/** The running mean of a model's weights over its last epochs (see TrainingOptions). */
export interface WeightMean {
  weights: Float32Array;
  bias: number[];
  epochs: number;
}

export function addInto(mean: WeightMean,
  weights: Float32Array, bias: readonly number[]): void {
  if (mean.weights.length === 0) {
    mean.weights = new Float32Array(weights.length);
  }
  for (let i = 0; i < weights.length; i += 1) {
    mean.weights[i] += weights[i];
  }
  bias.forEach((value, c) => {
    mean.bias[c] += value;
  });
  mean.epochs += 1;
}

export function scaled(weights: Float32Array, factor: number): Float32Array {
  for (let i = 0; i < weights.length; i += 1) {
    weights[i] *= factor;
  }
  return weights;
}
