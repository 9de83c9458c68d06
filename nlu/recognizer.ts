import { existsSync } from 'fs';
import { componentLogger } from '../core/logger';
import { fromRoot } from '../core/paths';
import type { Recognizer, Understanding } from './types';
import { loadCorpus } from './corpus';
import { sharedEmergencyModel, type EmergencyModel } from './emergency-model';
import { withModelVote } from './emergency-vote';
import { createFichesSearch, type FichesSearch } from './fiches';
import { withExplicitIntent } from './explicit-intent';
import { withoutOpeningGreeting } from './greeting-first';
import { withoutClosingFormula } from './closing-formula';
import { withLetterClosing } from './letter-closing';
import { withNumbersQuestion } from './numbers-question';
import { withAnnouncedQuestion } from './question-announced';
import { assessWhole } from './long-message';
import { normalize } from './normalize';
import { withEmojiDanger } from './triage-emoji';
import { properNouns } from './proper-nouns';
import {
  corpusHash, loadTopicModel, saveTopicModel, trainTopicModel, type TopicModel,
} from './topic-model';
import { askedPatterns, learnPatterns, settleGate } from './regex-gate';
import { createTriage, type Triage } from './triage';
import { triagePatterns } from './triage-patterns';
import { withTypedReference } from './typed-reference';

/**
 * The only entry point the bot uses: normalise once, triage for danger, then classify.
 * The trained model is read from nlp-models/model.json; when it is missing or was trained
 * on another corpus, it is trained now (a few seconds) and saved for the next start.
 */
export const DEFAULT_MODEL_PATH = fromRoot('nlp-models', 'model.json');
export const DEFAULT_CORPUS_PATH = fromRoot('nlp-models', 'corpus');

export interface RecognizerOptions {
  modelPath?: string;
  corpusPath?: string;
  /** Use this model as is (tests, the eval command). */
  model?: TopicModel;
  /** Official pages offered for `none`; loaded on first need when not given. */
  fiches?: FichesSearch;
  /** The learned emergency detector voting with the rules; null for the rules alone. */
  emergencyModel?: EmergencyModel | null;
  /** Called once what start leaves to do (below) is done: the load's garbage can go. */
  onWarm?: () => void;
}

const log = componentLogger('nlu');
/** About 20 ms of reading regexes per step on this machine. */
const PATTERNS_PER_STEP = 20;
const models = new Map<string, Promise<TopicModel>>();

async function freshModel(modelPath: string, corpusPath: string): Promise<TopicModel> {
  const corpus = loadCorpus(corpusPath);
  const hash = corpusHash(corpus);

  if (existsSync(modelPath)) {
    const model = await loadTopicModel(modelPath);
    if (model.corpusHash === hash) {
      log.info('model loaded', { event: 'nlu.model.loaded', corpusHash: hash });
      return model;
    }
    log.warn('model is stale, retraining', { event: 'nlu.model.stale', corpusHash: hash });
  }

  const model = await trainTopicModel(corpus);
  try {
    saveTopicModel(model, modelPath);
    log.info('model trained and saved', { event: 'nlu.model.trained', corpusHash: hash });
  } catch (error) {
    log.warn('model trained, not saved', { event: 'nlu.model.unsaved', error: String(error) });
  }
  return model;
}

/** One model per (model, corpus) path per process: tests and the bot share it. */
export function sharedModel(modelPath = DEFAULT_MODEL_PATH, corpusPath = DEFAULT_CORPUS_PATH):
  Promise<TopicModel> {
  const key = `${modelPath}\n${corpusPath}`;
  let model = models.get(key);
  if (!model) {
    model = freshModel(modelPath, corpusPath);
    models.set(key, model);
    model.catch(() => models.delete(key));
  }
  return model;
}

export function recognizerFor(model: TopicModel, triage: Triage, fiches: () => FichesSearch,
  emergencyModel?: EmergencyModel): Recognizer {
  return {
    async understand(text: string): Promise<Understanding> {
      const raw = typeof text === 'string' ? text : '';
      const normalized = normalize(raw);
      // the model may add a detection the rules missed, never take one away
      const assess = (part: string) => withModelVote(triage.assess(part), emergencyModel, part);
      // emojis are gone from `normalized`: "🆘", "🔥 chez moi" are read from the raw text
      const emergency = withEmojiDanger(assessWhole(raw, assess(normalized), assess), raw,
        normalized);
      const nouns = properNouns(raw);
      const classify = (part: string) => model.classify(part, nouns);
      const opened = await withoutOpeningGreeting(await classify(normalized), normalized, classify);
      const thanked = await withoutClosingFormula(opened, normalized, classify);
      const greeted = withAnnouncedQuestion(
        await withLetterClosing(thanked, normalized, classify), normalized);
      const result = withTypedReference(
        withNumbersQuestion(withExplicitIntent(greeted, normalized), normalized), raw, normalized);
      const pages = result.topic === 'none' && !emergency.detected ? fiches().search(raw) : [];

      return {
        text: raw,
        normalized,
        topic: result.topic,
        score: result.score,
        alternatives: result.alternatives,
        ambiguous: result.ambiguous,
        emergency,
        ...(pages.length > 0 ? { pages } : {}),
      };
    },
  };
}

export async function createRecognizer(options: RecognizerOptions = {}): Promise<Recognizer> {
  const model = options.model ?? await sharedModel(options.modelPath, options.corpusPath);
  const triage = createTriage(model.classifier.corrector.vocabulary);
  let fiches = options.fiches;
  const lazyFiches = (): FichesSearch => {
    fiches ??= createFichesSearch();
    return fiches;
  };
  // what start leaves to do runs in small steps after it, one per turn of the event loop, so
  // that /healthz and the first messages never wait long behind it; until its step each part
  // is built on first need. The regex gate reads the triage's patterns and those the build saw
  // asked about (the calm rules' own), then builds its indexes; the correctors build their
  // indexes (the triage's first, as the model's corrector then reads it: corrector.ts); the
  // title index (~0.1 s) comes last: no citizen's first unanswered question, nor a message
  // relayed to a gendarme at that moment, waits for it
  const patterns = [...triagePatterns(), ...askedPatterns()];
  const steps: Array<() => void> = [];
  for (let i = 0; i < patterns.length; i += PATTERNS_PER_STEP) {
    const some = patterns.slice(i, i + PATTERNS_PER_STEP);
    steps.push(() => learnPatterns(some));
  }
  steps.push(settleGate, () => triage.warm(), () => model.classifier.corrector.warm(), lazyFiches);
  const next = (): void => {
    steps.shift()?.();
    if (steps.length > 0) {
      setImmediate(next);
    } else {
      options.onWarm?.();
    }
  };
  setImmediate(next);
  const emergencyModel = options.emergencyModel === undefined
    ? sharedEmergencyModel()
    : options.emergencyModel ?? undefined;
  return recognizerFor(model, triage, lazyFiches, emergencyModel);
}
