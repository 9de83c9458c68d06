import { logger } from '../core/logger';
import { freshEmergencyModel } from '../nlu/emergency-model';
import { createHash } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { fromRoot } from '../core/paths';
import { loadCorpus } from '../nlu/corpus';
import { createRecognizer, DEFAULT_CORPUS_PATH, sharedModel } from '../nlu/recognizer';
import { askedKeys } from '../nlu/regex-gate';
import { loadGateFile, saveGateCache } from '../nlu/regex-gate-cache';
import { triagePatterns } from '../nlu/triage-patterns';

const TRIAGE_LISTS = ['emergencies', 'not-emergencies', 'adversarial', 'kinds']
  .map((name) => fromRoot('nlp-models', 'triage', `${name}.jsonl`));

/** The texts of a JSON-lines file of {text} objects; none when it is missing. */
function textsOf(path: string): string[] {
  if (!existsSync(path)) {
    return [];
  }
  return readFileSync(path, 'utf8').split('\n').flatMap((line) => {
    try {
      const parsed: unknown = JSON.parse(line);
      const text: unknown = typeof parsed === 'object' && parsed !== null
        ? Reflect.get(parsed, 'text')
        : undefined;
      return typeof text === 'string' ? [text] : [];
    } catch {
      return [];
    }
  });
}

/** Hash of the built understanding code and of the texts the triage is run over. */
function askedFromHash(): string {
  const hash = createHash('sha256');
  const code = join(__dirname, '..', 'nlu');
  for (const name of readdirSync(code).filter((file) => file.endsWith('.js')).sort()) {
    hash.update(name).update(readFileSync(join(code, name)));
  }
  for (const path of [...TRIAGE_LISTS, ...corpusFiles()]) {
    hash.update(path).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex').slice(0, 16);
}

function corpusFiles(): string[] {
  return readdirSync(DEFAULT_CORPUS_PATH).sort().map((name) => join(DEFAULT_CORPUS_PATH, name));
}

/**
 * Runs the recogniser over the corpus and the triage's lists so that the regex gate sees
 * which regexes the triage asks about: the start reads those before the first message.
 * ~25 s of CPU, so done again only when the code or the texts changed.
 */
async function askedOverTexts(from: string): Promise<string[]> {
  const previous = loadGateFile();
  if (previous.askedFrom === from && previous.asked.length > 0) {
    return previous.asked;
  }
  const recognizer = await createRecognizer();
  const texts = loadCorpus(DEFAULT_CORPUS_PATH).map((example) => example.text)
    .concat(TRIAGE_LISTS.flatMap(textsOf));
  for (const text of texts) {
    await recognizer.understand(text);
  }
  return askedKeys();
}

/**
 * Part of `npm run build`: trains the topic model only when it is missing or stale, so that
 * the server's cold start reads a trained model from disk instead of training one, and
 * writes the regex gate's reading of the triage's regexes (regex-gate-cache.ts).
 */
async function main(): Promise<void> {
  logger.level = 'warn';
  await sharedModel();
  // fails the build, where the bot itself would go on with the rules alone
  freshEmergencyModel();
  // the gate's reading of the triage's regexes, so that no start spends ~0.35 s on it, and of
  // those the triage asks about, so that no citizen's message waits for their reading
  const from = askedFromHash();
  saveGateCache(triagePatterns(), undefined, await askedOverTexts(from), from);
}

main().catch((error) => {
  process.stderr.write(`prepare-model: ${String(error)}\n`);
  process.exit(1);
});
