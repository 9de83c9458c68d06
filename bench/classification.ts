import { loadCorpus } from '../nlu/corpus';
import { trainNlpjs } from '../nlu/nlpjs';
import { normalize } from '../nlu/normalize';
import { createRecognizer, DEFAULT_CORPUS_PATH } from '../nlu/recognizer';
import { scriptFor } from './script';
import { percentile, summarize, type Summary } from './stats';

/**
 * Passes over the texts before timing, and timed. V8 optimises a function only after many
 * calls, and one pass over 1,000 texts leaves part of the triage's hundreds of regex
 * families unoptimised: the second pass's median reads ~15 % above the fourth's. A server
 * that answers all day runs the optimised code, so the figure is taken there; the median
 * of every pass, the cold first one included, is kept beside it.
 */
export const WARM_PASSES = 3;
export const TIMED_PASSES = 3;

export interface ClassificationResult {
  messages: number;
  /** recognizer.understand: normalisation, emergency triage, topic model. */
  recognizer: Summary;
  /** nlp.process of NLP.js trained on the same corpus, on the normalised text. */
  nlpjs: Summary;
  /** The recogniser's median per pass (absent in older results). */
  passMedians?: PassMedians;
}

export interface PassMedians {
  /** Warm-up passes, the first one cold. */
  warm: number[];
  timed: number[];
}

export interface Timing {
  /** Every timed pass's times, pooled. */
  times: number[];
  passMedians: PassMedians;
}

/** Times `run` on each text, pass after pass; only the passes after `warm` are kept. */
export async function timeEach(texts: readonly string[],
  run: (text: string) => Promise<unknown>,
  warm = WARM_PASSES, timed = TIMED_PASSES): Promise<Timing> {
  if (!Number.isInteger(warm) || warm < 0 || !Number.isInteger(timed) || timed < 1) {
    throw new RangeError(`passes must be whole: warm ≥ 0, timed ≥ 1 (got ${warm}, ${timed})`);
  }

  const times: number[] = [];
  const passMedians: PassMedians = { warm: [], timed: [] };
  for (let pass = 0; pass < warm + timed; pass += 1) {
    const passTimes: number[] = [];
    for (const text of texts) {
      const start = process.hrtime.bigint();
      await run(text);
      passTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const median = percentile([...passTimes].sort((a, b) => a - b), 50);
    if (pass < warm) {
      passMedians.warm.push(median);
    } else {
      passMedians.timed.push(median);
      times.push(...passTimes);
    }
  }
  return { times, passMedians };
}

/** The benchmark's messages and the corpus's own utterances: no evaluation text needed. */
export function classificationTexts(corpusTexts: readonly string[], limit = 1000): string[] {
  const script = [0, 1, 2].flatMap((variant) => scriptFor(variant));
  const step = Math.max(1, Math.floor(corpusTexts.length / limit));
  return [...script, ...corpusTexts.filter((_text, index) => index % step === 0)];
}

/** Median and p99 per message: our recogniser against raw NLP.js, in the same process. */
export async function benchClassification(): Promise<ClassificationResult> {
  const corpus = loadCorpus(DEFAULT_CORPUS_PATH);
  const texts = classificationTexts(corpus.map((example) => example.text));
  const recognizer = await createRecognizer();
  const nlpjs = await trainNlpjs(corpus);
  const normalized = texts.map((text) => normalize(text));

  const ours = await timeEach(texts, (text) => recognizer.understand(text));
  const raw = await timeEach(normalized, (text) => nlpjs.scores(text));
  return {
    messages: texts.length,
    recognizer: summarize(ours.times),
    nlpjs: summarize(raw.times),
    passMedians: ours.passMedians,
  };
}
