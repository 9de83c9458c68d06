import { fromRoot } from './paths';

/** NLU_MESSAGE_TIMEOUT_MS's default: docs/performance.md has the measures it rests on. */
export const DEFAULT_NLU_MESSAGE_TIMEOUT_MS = 5000;

/** Everything the process reads from its environment, read once at start. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  mongodbUri?: string;
  /**
   * Several instances share the store (SHARED_STORE; by default true with MongoDB): turns
   * take a lease per conversation and streams and agent consoles follow the store's
   * change feed. False: one instance, nothing of that cost on the hot path.
   */
  sharedStore: boolean;
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppTenantId: string;
  microsoftAppType: string;
  /**
   * Secret that signs Direct Line tokens. Unset: the one kept in DATA_DIR (made on the
   * first start), so that open chats survive a restart; several instances must set it.
   */
  directLineSecret?: string;
  /**
   * Understanding runs in a worker thread (NLU_THREAD, by default true), beside the event
   * loop that serves the conversations; false: in the server's own thread.
   */
  nluThread: boolean;
  /**
   * A message the recogniser's thread has not answered after this many milliseconds
   * (NLU_MESSAGE_TIMEOUT_MS, 5000 by default; a fresh thread's first answers get 12 times
   * more) is refused and the thread restarted. Only with nluThread.
   */
  nluMessageTimeoutMs: number;
  production: boolean;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') {
    return 3978;
  }
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parsePositive(name: string, raw: string | undefined, unset: number): number {
  if (raw === undefined || raw === '') {
    return unset;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

function parseFlag(name: string, raw: string | undefined, unset: boolean): boolean {
  if (raw === undefined || raw === '') {
    return unset;
  }
  if (raw !== 'true' && raw !== 'false') {
    throw new Error(`${name} must be "true" or "false", got "${raw}"`);
  }
  return raw === 'true';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.DATA_DIR ?? fromRoot('data'),
    mongodbUri: env.MONGODB_URI || undefined,
    sharedStore: parseFlag('SHARED_STORE', env.SHARED_STORE, env.MONGODB_URI !== undefined &&
      env.MONGODB_URI !== ''),
    microsoftAppId: env.MicrosoftAppId ?? '',
    microsoftAppPassword: env.MicrosoftAppPassword ?? '',
    microsoftAppTenantId: env.MicrosoftAppTenantId ?? '',
    microsoftAppType: env.MicrosoftAppType ?? 'MultiTenant',
    directLineSecret: env.DIRECTLINE_SECRET || undefined,
    nluThread: parseFlag('NLU_THREAD', env.NLU_THREAD, true),
    nluMessageTimeoutMs: parsePositive('NLU_MESSAGE_TIMEOUT_MS', env.NLU_MESSAGE_TIMEOUT_MS,
      DEFAULT_NLU_MESSAGE_TIMEOUT_MS),
    production: env.NODE_ENV === 'production',
  };
}
