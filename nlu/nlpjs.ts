import { containerBootstrap, type Container } from '@nlpjs/core';
import { LangFr } from '@nlpjs/lang-fr';
import { Nlp } from '@nlpjs/nlp';
import type { Example } from './corpus';
import { normalize } from './normalize';
import { withoutNameWords } from './name-words';

/**
 * NLP.js as a second topic model: trained on the same normalised corpus, used in the
 * benchmark as the reference, and in the ensemble when it pays (see
 * docs/understanding.md). Training goes through @nlpjs/basic as NLP.js documents it; the
 * running assistant loads the trained model into the three packages it needs (core, nlp,
 * lang-fr): @nlpjs/basic also loads English, an evaluator, a console connector and pino,
 * 14 MB of memory the server never uses.
 */
export interface NlpjsModel {
  /** Raw scores per intent (NLP.js's "None" is our "none"), before any threshold. */
  scores(normalized: string): Promise<Map<string, number>>;
  export(): string;
  /** NLP.js as it comes (process() on the raw text), for the benchmark. */
  process(text: string): Promise<unknown>;
}

const NLPJS_NONE = 'None';

const SETTINGS = { autoSave: false, autoLoad: false, log: false, nlu: { log: false } };

const quiet = (): void => undefined;

/** NLP.js logs training remarks on stdout, which must stay clean for `npm run classify`. */
const SILENT_LOGGER = { name: 'logger', trace: quiet, debug: quiet, info: quiet, log: quiet,
  warn: quiet, error: quiet, fatal: quiet };

let trainingContainer: Promise<Container> | undefined;

let runtimeContainer: Container | undefined;

async function startTrainingContainer(): Promise<Container> {
  const { dockStart } = await import('@nlpjs/basic');
  const dock = await dockStart({ use: ['Basic', 'LangFr'], settings: { nlp: SETTINGS } });
  const container = dock.getContainer();
  container.register('logger', SILENT_LOGGER, true);
  return container;
}

function startRuntimeContainer(): Container {
  const container = containerBootstrap();
  container.use(LangFr);
  container.register('logger', SILENT_LOGGER, true);
  return container;
}

/** Each model gets its own Nlp on the shared container. */
function createNlp(container: Container): Nlp {
  const nlp = new Nlp({ ...SETTINGS, container });
  nlp.addLanguage('fr');
  return nlp;
}

function wrap(nlp: Nlp): NlpjsModel {
  return {
    async scores(normalized) {
      // classify() is the intent part of process(), without NER, sentiment and answers
      const result = await nlp.classify('fr', normalized);
      const scores = new Map<string, number>();
      for (const { intent, score } of result.classifications ?? []) {
        scores.set(intent === NLPJS_NONE ? 'none' : intent, score);
      }
      return scores;
    },
    export: () => nlp.export(true),
    process: (text) => nlp.process('fr', text),
  };
}

export async function trainNlpjs(examples: readonly Example[]): Promise<NlpjsModel> {
  trainingContainer ??= startTrainingContainer();
  const nlp = createNlp(await trainingContainer);
  for (const example of examples) {
    if (example.labels.length > 0) {
      nlp.addDocument('fr', withoutNameWords(normalize(example.text)), example.labels[0]);
    }
  }
  await nlp.train();
  return wrap(nlp);
}

/**
 * NLP.js's import feeds every training sentence to its language guesser (~0.13 s of a cold
 * start). We always name the language (`classify('fr', ...)`), so the guesser is never
 * asked: its sentences are dropped before the import, the classifier's data is untouched.
 */
function withoutGuesserSentences(exported: string): object | string {
  const parsed: unknown = JSON.parse(exported);
  if (typeof parsed !== 'object' || parsed === null || !('nluManager' in parsed)) {
    return exported;
  }

  const { nluManager } = parsed;
  if (typeof nluManager === 'object' && nluManager !== null && 'extraSentences' in nluManager) {
    nluManager.extraSentences = [];
  }
  return parsed;
}

export function loadNlpjs(exported: string): Promise<NlpjsModel> {
  runtimeContainer ??= startRuntimeContainer();
  const nlp = createNlp(runtimeContainer);
  nlp.import(withoutGuesserSentences(exported));
  return Promise.resolve(wrap(nlp));
}
