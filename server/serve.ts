import { loadConfig } from '../core/config';
import { componentLogger } from '../core/logger';
import { releaseCompileCache } from './compileCache/hook';
import { compose, type AssistantFactory } from './compose';

const log = componentLogger('main');

/** What server/main.ts starts once its compile cache is set up. */
export async function serve(createAssistant?: AssistantFactory): Promise<void> {
  const config = loadConfig();
  const { app } = await compose(config, createAssistant);
  const url = await app.listen(config.port, config.host);
  log.info('listening', { url });
  const cache = releaseCompileCache();
  if (cache) {
    log.info('compile cache', { ...cache });
  }

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

/** The process's entry: a start that fails is logged, and the process exits with 1. */
export function serveMain(): void {
  serve().catch((error: unknown) => {
    log.error('start failed', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
}
