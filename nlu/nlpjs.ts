import { dockStart, Nlp, type Dock } from '@nlpjs/basic';
import type { Example } from './corpus';
import { normalize } from './normalize';

/**
 * NLP.js (@nlpjs/basic + @nlpjs/lang-fr) as a second topic model: trained on the same
 * normalised corpus, used in the benchmark as the reference, and in the ensemble when it
 * pays (see README, "Understanding").
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

let dock: Promise<Dock> | undefined;

const quiet = (): void => undefined;

/** NLP.js logs training remarks on stdout, which must stay clean for `npm run classify`. */
const SILENT_LOGGER = { name: 'logger', trace: quiet, debug: quiet, info: quiet, log: quiet,
  warn: quiet, error: quiet, fatal: quiet };

async function startDock(): Promise<Dock> {
  const started = await dockStart({ use: ['Basic', 'LangFr'], settings: { nlp: SETTINGS } });
  started.getContainer().register('logger', SILENT_LOGGER, true);
  return started;
}

/** dockStart returns one shared `nlp`; each model gets its own on the same container. */
async function createNlp(): Promise<Nlp> {
  dock ??= startDock();
  const nlp = new Nlp({ ...SETTINGS, container: (await dock).getContainer() });
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
  const nlp = await createNlp();
  for (const example of examples) {
    if (example.labels.length > 0) {
      nlp.addDocument('fr', normalize(example.text), example.labels[0]);
    }
  }
  await nlp.train();
  return wrap(nlp);
}

export async function loadNlpjs(exported: string): Promise<NlpjsModel> {
  const nlp = await createNlp();
  nlp.import(exported);
  return wrap(nlp);
}
