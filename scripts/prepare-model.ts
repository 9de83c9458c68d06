import { logger } from '../core/logger';
import { freshEmergencyModel } from '../nlu/emergency-model';
import { sharedModel } from '../nlu/recognizer';
import { saveGateCache } from '../nlu/regex-gate-cache';
import { triagePatterns } from '../nlu/triage-patterns';

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
  // the gate's reading of the triage's regexes, so that no start spends ~0.35 s on it
  saveGateCache(triagePatterns());
}

main().catch((error) => {
  process.stderr.write(`prepare-model: ${String(error)}\n`);
  process.exit(1);
});
