import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig, type AppConfig } from '../../core/config';
import { compose, type AssistantFactory, type Composition } from '../../server/compose';

export interface RunningApp extends Composition {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The bot to run; the server's default (echo bot or assistant) when omitted. */
  assistant?: AssistantFactory;
  /** Environment on top of a clean one: PORT 0, loopback, a temporary DATA_DIR. */
  env?: NodeJS.ProcessEnv;
}

/** Starts the real app on a free loopback port with its own temporary data folder. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-app-'));
  const config: AppConfig = loadConfig({
    // one model shared by the specs of a process; test/nlu/threaded-recognizer.test.ts and the
    // specs that spawn the server run the recogniser in its thread
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', NLU_THREAD: 'false',
    ...options.env,
  });

  const composition = await compose(config, options.assistant);
  const url = await composition.app.listen(config.port, config.host);

  let stopped = false;
  return {
    ...composition,
    url,
    dataDir,
    stop: async () => {
      if (stopped) {
        return;
      }
      stopped = true;
      await composition.app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
