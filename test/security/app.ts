import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadConfig } from '../../core/config';
import {
  compose, type AssistantFactory, type ComposeOptions, type Composition,
} from '../../server/compose';

export interface SecureApp extends Composition {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** The real app on a free loopback port, a temporary DATA_DIR, and compose options. */
export async function startWith(
  options: ComposeOptions & { assistant?: AssistantFactory; env?: NodeJS.ProcessEnv } = {},
): Promise<SecureApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-security-'));
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', ...options.env,
  });
  const composition = await compose(config, options.assistant, options);
  const url = await composition.app.listen(config.port, config.host);

  let stopped = false;
  return {
    ...composition, url, dataDir,
    stop: async () => {
      if (!stopped) {
        stopped = true;
        await composition.app.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
