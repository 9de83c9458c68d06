import { extname } from 'path';
import { logger } from '../core/logger';
import { loadCorpus } from '../nlu/corpus';
import {
  DEV_SET, evaluate, formatReport, readEvalLines, type EvalLine,
} from '../nlu/evaluation';
import { crossValidate } from '../nlu/cross-validation';
import { trainNlpjs } from '../nlu/nlpjs';
import { createRecognizer, DEFAULT_CORPUS_PATH, DEFAULT_MODEL_PATH } from '../nlu/recognizer';
import {
  DEFAULT_MODEL_OPTIONS, loadTopicModel, saveTopicModel, trainTopicModel,
} from '../nlu/topic-model';

/**
 * The understanding pipeline on any corpus (JSON {topic: [utterances]}, CSV text,label,
 * JSONL, or a folder of them):
 *   npm run nlu -- train [--corpus F] [--out M] [--nlpjs-weight 0.3]
 *   npm run nlu -- eval [--model M] --test T
 *   npm run nlu -- bench [--corpus F] [--test T]   (median ms per message, ours vs NLP.js)
 *   npm run nlu -- cv [--corpus F] [--folds 5] [--misses 0]   (k-fold cross-validation)
 */
type Flags = Map<string, string>;

export function parseFlags(args: string[]): Flags {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i];
    const value = args[i + 1];
    if (!name.startsWith('--') || value === undefined || value.startsWith('--')) {
      throw new Error(`expected "--flag value", got "${name}"`);
    }
    flags.set(name.slice(2), value);
    i += 1;
  }
  return flags;
}

function testLines(path: string): EvalLine[] {
  if (extname(path) === '.jsonl') {
    return readEvalLines(path);
  }
  return loadCorpus(path)
    .map((example) => ({ text: example.text, topics: example.labels, numbers: [] }));
}

async function train(flags: Flags): Promise<void> {
  const corpusPath = flags.get('corpus') ?? DEFAULT_CORPUS_PATH;
  const out = flags.get('out') ?? DEFAULT_MODEL_PATH;
  const weight = Number(flags.get('nlpjs-weight') ?? DEFAULT_MODEL_OPTIONS.nlpjsWeight);
  if (!(weight >= 0 && weight <= 1)) {
    throw new Error('--nlpjs-weight must be between 0 and 1');
  }
  const corpus = loadCorpus(corpusPath);
  const started = Date.now();
  const model = await trainTopicModel(corpus, { ...DEFAULT_MODEL_OPTIONS, nlpjsWeight: weight });
  saveTopicModel(model, out);
  const labels = new Set(corpus.map((example) => example.labels[0])).size;
  process.stdout.write(`trained on ${corpus.length} utterances, ${labels} labels, ` +
    `in ${Date.now() - started} ms: ${out}\n`);
}

async function evalCommand(flags: Flags): Promise<void> {
  const test = flags.get('test');
  if (!test) {
    throw new Error('eval needs --test FILE');
  }
  const model = await loadTopicModel(flags.get('model') ?? DEFAULT_MODEL_PATH);
  const report = await evaluate(await createRecognizer({ model }), testLines(test));
  process.stdout.write(`${formatReport(report)}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const WARM_UP_ROUNDS = 2;
const MEASURED_ROUNDS = 5;

async function timeEach(texts: string[], run: (text: string) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round += 1) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      await run(text);
      if (round >= WARM_UP_ROUNDS) {
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  }
  return median(times);
}

async function bench(flags: Flags): Promise<void> {
  const corpus = loadCorpus(flags.get('corpus') ?? DEFAULT_CORPUS_PATH);
  const texts = testLines(flags.get('test') ?? DEV_SET).map((line) => line.text);
  const started = Date.now();
  const recognizer = await createRecognizer();
  const startup = Date.now() - started;
  const nlpjs = await trainNlpjs(corpus);
  const ours = await timeEach(texts, (text) => recognizer.understand(text));
  const raw = await timeEach(texts, (text) => nlpjs.process(text));
  process.stdout.write(`${texts.length} messages, model ready in ${startup} ms\n` +
    `recognizer (normalise + triage + ensemble): median ${ours.toFixed(3)} ms per message\n` +
    `raw NLP.js process() on the same corpus:    median ${raw.toFixed(3)} ms per message\n`);
}

async function cv(flags: Flags): Promise<void> {
  const folds = Number(flags.get('folds') ?? 5);
  const shown = Number(flags.get('misses') ?? 0);
  if (!(shown >= 0)) {
    throw new Error('--misses must be a number >= 0');
  }
  const corpus = loadCorpus(flags.get('corpus') ?? DEFAULT_CORPUS_PATH);
  const report = await crossValidate(corpus, folds);
  const pairs = report.confusions.slice(0, 15).map((c) => `  ${c.count}  ${c.pair}`);
  const misses = report.misses.slice(0, shown)
    .map((m) => `  ${JSON.stringify(m.text)}: expected ${m.expected}, got ${m.got}`);
  process.stdout.write(`${report.folds}-fold cross-validation on ${report.lines} lines: ` +
    `${(report.accuracy * 100).toFixed(1)} %\ncostliest confusions:\n` +
    `${[...pairs, ...misses].join('\n')}\n`);
}

const COMMANDS: Readonly<Record<string, (flags: Flags) => Promise<void>>> = {
  train,
  eval: evalCommand,
  bench,
  cv,
};

async function main(): Promise<void> {
  // stdout carries the results: only warnings and errors may log, and they go to stderr
  logger.level = 'warn';

  const [name, ...args] = process.argv.slice(2);
  const command = COMMANDS[name ?? ''];
  if (!command) {
    throw new Error('usage: nlu train|eval|bench|cv [--corpus F] [--out M] [--model M] ' +
      '[--test T] [--folds K]');
  }
  await command(parseFlags(args));
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`nlu: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
