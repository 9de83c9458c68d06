import { createHash } from 'crypto';
import { readFileSync, renameSync, writeFileSync } from 'fs';
import type { TopicScore } from './types';
import type { Example } from './corpus';
import {
  ALTERNATIVES, DEFAULT_OPTIONS, decide, loadClassifier, trainClassifier, type Calibration,
  type ClassifierData, type ClassifierOptions, type TopicClassifier, type TopicResult,
} from './classifier';
import { loadNlpjs, trainNlpjs, type NlpjsModel } from './nlpjs';
import { rankAll, rankBest, type Votes } from './ranking';

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
  /** `names` (see properNouns) are read as typed, never corrected. */
  classify(normalized: string, names?: ReadonlySet<string>): Promise<TopicResult>;
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

/**
 * Hash of the corpus and of the training options: a model trained before a change of either
 * (a new calibration, say) is stale, and is retrained instead of answering the old way.
 */
export function corpusHash(examples: readonly Example[],
  options: ModelOptions = DEFAULT_MODEL_OPTIONS): string {
  const hash = createHash('sha256');
  hash.update(`${JSON.stringify(options)}\n`);
  for (const example of examples) {
    hash.update(`${example.labels.join('|')}\t${example.text}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

function assemble(
  classifier: TopicClassifier,
  nlpjs: NlpjsModel | undefined,
  weight: number,
  hash: string,
): TopicModel {
  const votesOf = async (normalized: string, names?: ReadonlySet<string>): Promise<Votes> => {
    const prepared = classifier.prepare(normalized, names);
    const { labels } = classifier;
    const linear = classifier.probabilities(prepared);
    if (!nlpjs || !(weight > 0)) {
      return { labels, vote: linear, linear };
    }
    const other = await nlpjs.scores(prepared);
    // a loop: Float64Array.from with a mapping function goes through the iterator protocol
    const vote = new Float64Array(labels.length);
    for (let i = 0; i < labels.length; i += 1) {
      vote[i] = (1 - weight) * linear[i] + weight * (other.get(labels[i]) ?? 0);
    }
    return { labels, vote, linear };
  };

  return {
    classifier,
    calibration: classifier.calibration,
    corpusHash: hash,
    rank: async (normalized) => rankAll(await votesOf(normalized)),
    // decide() reads the best ALTERNATIVES only: the rest need no sorting
    classify: async (normalized, names) =>
      decide(rankBest(await votesOf(normalized, names), ALTERNATIVES), classifier.calibration),
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
  return assemble(classifier, nlpjs, options.nlpjsWeight, corpusHash(examples, options));
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
