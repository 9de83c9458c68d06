import { loadCorpus } from '../nlu/corpus';
import { trainNlpjs } from '../nlu/nlpjs';
import { normalize } from '../nlu/normalize';
import { createRecognizer, DEFAULT_CORPUS_PATH } from '../nlu/recognizer';
import { scriptFor } from './script';
import { summarize, type Summary } from './stats';

export interface ClassificationResult {
  messages: number;
  /** recognizer.understand: normalisation, emergency triage, topic model. */
  recognizer: Summary;
  /** nlp.process of NLP.js trained on the same corpus, on the normalised text. */
  nlpjs: Summary;
}

/** Times `run` on each text once after a warm-up pass (the JIT's first calls are not ours). */
export async function timeEach(texts: readonly string[],
  run: (text: string) => Promise<unknown>): Promise<number[]> {
  for (const text of texts) {
    await run(text);
  }
  const times: number[] = [];
  for (const text of texts) {
    const start = process.hrtime.bigint();
    await run(text);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
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
  return { messages: texts.length, recognizer: summarize(ours), nlpjs: summarize(raw) };
}
