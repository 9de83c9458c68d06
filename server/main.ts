import { loadConfig } from '../core/config';
import { componentLogger } from '../core/logger';
import { compose, type AssistantFactory } from './compose';

const log = componentLogger('main');

/** Starts the server; SIGTERM / SIGINT stop it gracefully (turns in flight finish first). */
export async function main(createAssistant?: AssistantFactory): Promise<void> {
  const config = loadConfig();
  const { app } = await compose(config, createAssistant);
  const url = await app.listen(config.port, config.host);
  log.info('listening', { url });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    log.info('stopping', { signal });
    app.close().then(() => process.exit(0), (error: unknown) => {
      log.error('unclean stop', { error: String(error) });
      process.exit(1);
    });
  };
  // a stray rejection is a bug to log, not a reason to drop every citizen's conversation
  process.on('unhandledRejection', (reason: unknown) => {
    log.error('unhandled rejection', { error: reason instanceof Error ? reason.name : 'unknown' });
  });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    log.error('start failed', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
