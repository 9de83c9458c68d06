import { logger } from '../core/logger';
import {
  DEV_SET, evaluate, formatReport, meetsThresholds, readEvalLines,
} from '../nlu/evaluation';
import { createRecognizer } from '../nlu/recognizer';

/**
 * `npm run eval [-- path/to/set.jsonl]`: topic accuracy, emergency recall and false
 * positives on the dev set; exits 1 below 95 % / 100 % / 3 %.
 */
async function main(): Promise<void> {
  // stdout carries the results: only warnings and errors may log, and they go to stderr
  logger.level = 'warn';

  const path = process.argv[2] ?? process.env.EVAL_SET ?? DEV_SET;
  const report = await evaluate(await createRecognizer(), readEvalLines(path));
  process.stdout.write(`${path}\n${formatReport(report)}\n`);
  process.exitCode = meetsThresholds(report) ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`eval: ${String(error)}\n`);
  process.exit(2);
});
