import { createHash } from 'crypto';
import { readFileSync, renameSync, writeFileSync } from 'fs';
import type { TopicScore } from './types';
import type { Example } from './corpus';
import {
  DEFAULT_OPTIONS, decide, loadClassifier, trainClassifier, type Calibration, type ClassifierData,
  type ClassifierOptions, type TopicClassifier, type TopicResult,
} from './classifier';
import { loadNlpjs, trainNlpjs, type NlpjsModel } from './nlpjs';

/**
 * The trained topic model as saved in nlp-models/model.json: our linear classifier and,
 * when `nlpjsWeight` > 0, NLP.js voting with it (weighted average of probabilities).
 */
export interface TopicModel {
  readonly classifier: TopicClassifier;
  readonly calibration: Calibration;
  /** Hash of the corpus it was trained on, to notice a stale model. */
  readonly corpusHash: string;
  rank(normalized: string): Promise<TopicScore[]>;
  classify(normalized: string): Promise<TopicResult>;
  toJSON(): ModelFile;
}

export interface ModelFile {
  format: 'brigade-model/1';
  corpusHash: string;
  nlpjsWeight: number;
  classifier: ClassifierData;
  nlpjs?: string;
}

export interface ModelOptions extends ClassifierOptions {
  /** Share of NLP.js in the vote, 0 to train and run without it. */
  nlpjsWeight: number;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { ...DEFAULT_OPTIONS, nlpjsWeight: 0.3 };

export function corpusHash(examples: readonly Example[]): string {
  const hash = createHash('sha256');
  for (const example of examples) {
    hash.update(`${example.labels.join('|')}\t${example.text}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The weighted vote, best first. One sort by the vote, then the linear score, then the label
 * order: the order the linear ranking re-sorted by the vote (both sorts stable) would give.
 */
function merge(labels: readonly string[], linear: Float64Array, nlpjs: Map<string, number>,
  weight: number): TopicScore[] {
  const vote = Float64Array.from(linear, (score, i) =>
    (1 - weight) * score + weight * (nlpjs.get(labels[i]) ?? 0));
  return labels.map((_label, i) => i)
    .sort((a, b) => vote[b] - vote[a] || linear[b] - linear[a] || a - b)
    .map((i) => ({ topic: labels[i], score: vote[i] }));
}

function assemble(
  classifier: TopicClassifier,
  nlpjs: NlpjsModel | undefined,
  weight: number,
  hash: string,
): TopicModel {
  const rank = async (normalized: string): Promise<TopicScore[]> => {
    const prepared = classifier.prepare(normalized);
    if (!nlpjs || !(weight > 0)) {
      return classifier.rank(prepared);
    }
    const linear = classifier.probabilities(prepared);
    return merge(classifier.labels, linear, await nlpjs.scores(prepared), weight);
  };

  return {
    classifier,
    calibration: classifier.calibration,
    corpusHash: hash,
    rank,
    classify: async (normalized) => decide(await rank(normalized), classifier.calibration),
    toJSON: () => ({
      format: 'brigade-model/1',
      corpusHash: hash,
      nlpjsWeight: weight,
      classifier: classifier.toJSON(),
      nlpjs: nlpjs?.export(),
    }),
  };
}

export async function trainTopicModel(
  examples: readonly Example[],
  options: ModelOptions = DEFAULT_MODEL_OPTIONS,
): Promise<TopicModel> {
  const classifier = trainClassifier(examples, options);
  const nlpjs = options.nlpjsWeight > 0 ? await trainNlpjs(examples) : undefined;
  return assemble(classifier, nlpjs, options.nlpjsWeight, corpusHash(examples));
}

export async function loadTopicModel(path: string): Promise<TopicModel> {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const isModel = typeof data === 'object' && data !== null &&
    Reflect.get(data, 'format') === 'brigade-model/1';
  if (!isModel || typeof data !== 'object' || data === null) {
    throw new Error(`${path} is not a brigade-model/1 file`);
  }
  const file: Partial<ModelFile> = data;
  const classifier = loadClassifier(file.classifier);
  const weight = typeof file.nlpjsWeight === 'number' ? file.nlpjsWeight : 0;
  const nlpjs = weight > 0 && typeof file.nlpjs === 'string'
    ? await loadNlpjs(file.nlpjs)
    : undefined;
  return assemble(classifier, nlpjs, nlpjs ? weight : 0, String(file.corpusHash ?? ''));
}

/** Written aside then renamed: two processes starting together never read half a file. */
export function saveTopicModel(model: TopicModel, path: string): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(model.toJSON())}\n`);
  renameSync(partial, path);
}
