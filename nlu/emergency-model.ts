import { createHash } from 'crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { componentLogger } from '../core/logger';
import { fromRoot } from '../core/paths';
import {
  kindExamples, kindScorer, trainKindModel, type EmergencyKind,
} from './emergency-kind';
import {
  DEFAULT_SOURCES, loadEmergencyExamples, type EmergencyExample,
} from './emergency-model-examples';
import { createFeatureIdTable } from './feature-ids';
import { featuresOf, type FeatureOptions } from './features';
import {
  trainLinearModel, type LinearModel, type LinearModelData, type TrainingOptions,
} from './linear-model';
import { normalize } from './normalize';

export {
  DEFAULT_SOURCES, loadEmergencyExamples, type EmergencyExample, type EmergencySources,
} from './emergency-model-examples';

/**
 * A learned emergency detector that votes with the hand-written triage rules. The rules
 * reach every phrasing they were fitted to but miss many a fresh paraphrase; character
 * n-grams of the words generalise to typos and wordings nobody wrote a rule for. It can only
 * ADD a detection (see withModelVote): the rules' answer is never taken away.
 */
export interface EmergencyModel {
  /** Probability of a danger now, for a normalize()d message. */
  probability(normalized: string): number;
  /** Probabilities at or above this count as a detection. */
  readonly threshold: number;
  /** Which service first (see emergency-kind.ts); undefined without labelled kinds. */
  kind(normalized: string): EmergencyKind | undefined;
  /** Hash of the examples it was trained on, to notice a stale file. */
  readonly dataHash: string;
  toJSON(): EmergencyModelFile;
}

export interface EmergencyModelFile {
  format: 'brigade-emergency-model/1';
  dataHash: string;
  threshold: number;
  model: LinearModelData;
  /** The kind classifier, trained on the same labelled emergencies. */
  kind?: LinearModelData;
}

export const DEFAULT_EMERGENCY_MODEL_PATH = fromRoot('nlp-models', 'emergency-model.json');

/**
 * Words, stem bigrams and character 3-4-grams: a typo or an unseen inflection keeps most of
 * its grams. 5-grams gained about 3 points of cross-validated recall for twice the cost per
 * message (0.046 ms against 0.021); 3-4-grams also share the topic classifier's word cache.
 */
const FEATURES: FeatureOptions = { charGrams: [3, 4], bigrams: true };
const TRAINING: TrainingOptions = {
  epochs: 20, learningRate: 1, l2: 1e-5, seed: 11, averageFrom: 10,
};
const FOLDS = 5;
/** Share of calm corpus lines the model may flag (cross-validated). */
export const MAX_CORPUS_FALSE_ALARMS = 0.01;
/**
 * The threshold never goes below this. The corpus quantile alone follows the corpus, not the
 * danger: doubling the corpus made the model surer of every calm line it holds and moved the
 * 1 % quantile from 0.80 to 0.61-0.71, so messages unlike any corpus line (thanks, small talk)
 * crossed it. 0.80 is where it stood before; calm corpus lines stay at 0.8 % flagged there
 * (cross-validated, today's data). The quantile still raises it if the model gets noisier.
 */
export const MIN_THRESHOLD = 0.8;
const EMERGENCY = 'emergency';

const log = componentLogger('nlu');

export function emergencyDataHash(examples: readonly EmergencyExample[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({
    FEATURES, TRAINING, FOLDS, MAX_CORPUS_FALSE_ALARMS, MIN_THRESHOLD,
  }));
  for (const example of examples) {
    const flags = `${example.emergency ? 1 : 0}${example.corpus ? 1 : 0}` +
      `${example.kindOnly === true ? 1 : 0}${example.first ?? ''}`;
    hash.update(`${flags}\t${example.text}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

function fit(rows: ReadonlyArray<{ features: string[]; emergency: boolean }>): LinearModel {
  const examples = rows.map((row) => ({
    features: row.features, label: row.emergency ? EMERGENCY : 'calm',
  }));
  return trainLinearModel(examples, TRAINING);
}

/**
 * The lowest threshold that keeps false alarms on calm corpus lines within `maxFalseAlarms`,
 * given each line's probability from a model that never saw it (cross-validation).
 */
export function chooseThreshold(calmScores: readonly number[], maxFalseAlarms: number): number {
  if (calmScores.length === 0 || !(maxFalseAlarms >= 0 && maxFalseAlarms < 1)) {
    throw new Error('chooseThreshold needs calm scores and a false-alarm share in [0, 1)');
  }
  const sorted = [...calmScores].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * maxFalseAlarms);
  // strictly above the first calm score that would exceed the budget
  return Math.min(1, sorted[allowed] + 1e-6);
}

function crossValidatedCalmScores(
  rows: ReadonlyArray<{ features: string[]; emergency: boolean; corpus: boolean }>,
): number[] {
  const scores: number[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = fit(rows.filter((_, i) => i % FOLDS !== fold));
    rows.forEach((row, i) => {
      if (i % FOLDS === fold && row.corpus) {
        scores.push(model.predict(row.features)[model.labels.indexOf(EMERGENCY)]);
      }
    });
  }
  return scores;
}

/**
 * The saved weights as one emergency-minus-calm weight per feature: the same probability as
 * the two-class softmax (a sigmoid of the difference) with one lookup per feature, since the
 * model runs on every message the rules let through.
 */
function binaryScorer(data: LinearModelData): (normalized: string) => number {
  const e = data.labels.indexOf(EMERGENCY);
  const c = 1 - e;
  const bytes = new Int8Array(Buffer.from(data.weights, 'base64'));
  const raw = Buffer.from(data.scales, 'base64');
  const scales = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  if (data.labels.length !== 2 || e < 0 || bytes.length !== data.features.length * 2 ||
    scales.length !== data.features.length) {
    throw new Error('the emergency model must have two labels and weights for every feature');
  }
  const weights = Float64Array.from(data.features, (_feature, f) =>
    (bytes[f * 2 + e] - bytes[f * 2 + c]) * scales[f]);
  const bias = data.bias[e] - data.bias[c];
  const table = createFeatureIdTable(data.features, FEATURES);

  return (normalized) => {
    const { ids, counts, total } = table.count(normalized);
    let score = 0;
    for (let k = 0; k < ids.length; k += 1) {
      score += weights[ids[k]] * Math.sqrt(counts[k]);
    }
    return 1 / (1 + Math.exp(-(bias + (total > 0 ? score / Math.sqrt(total) : 0))));
  };
}

function assemble(
  data: LinearModelData, threshold: number, dataHash: string, kindData?: LinearModelData,
): EmergencyModel {
  const score = binaryScorer(data);
  const kind = kindData === undefined ? () => undefined : kindScorer(kindData);
  return {
    threshold,
    dataHash,
    probability: score,
    kind,
    toJSON: () => ({
      format: 'brigade-emergency-model/1', dataHash, threshold, model: data,
      ...(kindData === undefined ? {} : { kind: kindData }),
    }),
  };
}

export function trainEmergencyModel(examples: readonly EmergencyExample[]): EmergencyModel {
  if (!examples.some((e) => e.emergency) || !examples.some((e) => !e.emergency && e.corpus)) {
    throw new Error('the emergency model needs emergencies and calm corpus lines');
  }
  const rows = examples.filter((example) => example.kindOnly !== true).map((example) => ({
    features: featuresOf(normalize(example.text), FEATURES),
    emergency: example.emergency,
    corpus: example.corpus,
  }));
  const quantile = chooseThreshold(crossValidatedCalmScores(rows), MAX_CORPUS_FALSE_ALARMS);
  const threshold = Math.max(MIN_THRESHOLD, quantile);
  const kind = trainKindModel(kindExamples(examples));
  return assemble(fit(rows).toJSON(), threshold, emergencyDataHash(examples), kind);
}

export function loadEmergencyModel(path: string): EmergencyModel {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const get = (key: string): unknown =>
    typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined;
  const threshold = get('threshold');
  if (get('format') !== 'brigade-emergency-model/1' || typeof threshold !== 'number') {
    throw new Error(`${path} is not a brigade-emergency-model/1 file`);
  }
  const model = linearModelData(get('model'));
  if (model === undefined) {
    throw new Error(`${path} has no valid linear model`);
  }
  const kind = get('kind') === undefined ? undefined : linearModelData(get('kind'));
  if (get('kind') !== undefined && kind === undefined) {
    throw new Error(`${path} has no valid kind model`);
  }
  return assemble(model, threshold, String(get('dataHash') ?? ''), kind);
}

/** A saved linear model's fields, or undefined when they are not all there. */
function linearModelData(value: unknown): LinearModelData | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { labels, features, weights, scales, bias }: Partial<LinearModelData> = value;
  if (!Array.isArray(labels) || !Array.isArray(features) || typeof weights !== 'string' ||
    typeof scales !== 'string' || !Array.isArray(bias)) {
    return undefined;
  }
  return { labels, features, weights, scales, bias };
}

/** Written aside then renamed: two processes starting together never read half a file. */
export function saveEmergencyModel(model: EmergencyModel, path: string): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(model.toJSON())}\n`);
  renameSync(partial, path);
}

/** Reads the saved model, or trains and saves it when missing or trained on other data. */
export function freshEmergencyModel(
  path = DEFAULT_EMERGENCY_MODEL_PATH, sources = DEFAULT_SOURCES,
): EmergencyModel {
  const examples = loadEmergencyExamples(sources);
  const hash = emergencyDataHash(examples);
  if (existsSync(path)) {
    const saved = loadEmergencyModel(path);
    if (saved.dataHash === hash) {
      return saved;
    }
    log.warn('emergency model is stale, retraining', { event: 'nlu.emodel.stale', hash });
  }
  const model = trainEmergencyModel(examples);
  try {
    saveEmergencyModel(model, path);
    log.info('emergency model trained', { event: 'nlu.emodel.trained', hash });
  } catch (error) {
    log.warn('emergency model not saved', { event: 'nlu.emodel.unsaved', error: String(error) });
  }
  return model;
}

const shared = new Map<string, EmergencyModel | undefined>();

/**
 * One model per path per process: tests, scripts and the bot share it. A model that cannot
 * be read nor trained leaves the rules alone (logged): it must never stop the bot.
 */
export function sharedEmergencyModel(path = DEFAULT_EMERGENCY_MODEL_PATH):
  EmergencyModel | undefined {
  if (!shared.has(path)) {
    try {
      shared.set(path, freshEmergencyModel(path));
    } catch (error) {
      const name = error instanceof Error ? error.name : 'error';
      log.error('emergency model unavailable, rules alone', { event: 'nlu.emodel.failed', name });
      shared.set(path, undefined);
    }
  }
  return shared.get(path);
}
