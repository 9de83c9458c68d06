import { logger } from '../core/logger';
import { freshEmergencyModel } from '../nlu/emergency-model';
import { sharedModel } from '../nlu/recognizer';

/**
 * Part of `npm run build`: trains the topic model only when it is missing or stale, so that
 * the server's cold start reads a trained model from disk instead of training one.
 */
async function main(): Promise<void> {
  logger.level = 'warn';
  await sharedModel();
  // fails the build, where the bot itself would go on with the rules alone
  freshEmergencyModel();
}

main().catch((error) => {
  process.stderr.write(`prepare-model: ${String(error)}\n`);
  process.exit(1);
});
