import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { MEMORY_REQUEST, type MemorySample } from './loadTestProbe';

/** The server of a load test, on a free loopback port, with a temporary store. */
export interface LoadServer {
  url: string;
  pid: number;
  /** Heap after a full GC, asked over IPC; undefined unless started for a soak. */
  memory(): Promise<MemorySample | undefined>;
  stop(): Promise<void>;
}

export interface LoadServerOptions {
  dataDir: string;
  /** Preloads the memory probe (with --expose-gc) and opens an IPC channel to it. */
  soak?: boolean;
}

const MEMORY_TIMEOUT_MS = 30_000;

function isMemorySample(message: unknown): message is MemorySample {
  return typeof message === 'object' && message !== null
    && Reflect.get(message, 'type') === MEMORY_REQUEST.type
    && typeof Reflect.get(message, 'heapUsedBytes') === 'number';
}

/** Asks a server started with the probe and an IPC channel for its heap after a full GC. */
export function askMemory(child: ChildProcess): Promise<MemorySample | undefined> {
  if (!child.connected) {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const done = (sample: MemorySample | undefined): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(sample);
    };
    const onMessage = (message: unknown): void => {
      if (isMemorySample(message)) {
        done(message);
      }
    };
    // a server too busy to answer for that long has a problem the report shows anyway
    const timer = setTimeout(() => done(undefined), MEMORY_TIMEOUT_MS);
    child.on('message', onMessage);
    child.send(MEMORY_REQUEST);
  });
}

function nodeArgs(fromSources: boolean, soak: boolean, root: string): string[] {
  const entry = join(root, 'server', fromSources ? 'main.ts' : 'main.js');
  const register = fromSources ? ['-r', 'ts-node/register/transpile-only'] : [];
  const probe = soak
    ? ['--expose-gc', '-r', join(root, 'security', fromSources ? 'loadTestProbe.ts'
      : 'loadTestProbe.js')]
    : [];
  return [...register, ...probe, entry];
}

/**
 * The server as production runs it (info logs included), rate limits raised: all the
 * simulated citizens share 127.0.0.1.
 */
export function startLoadServer(options: LoadServerOptions): Promise<LoadServer> {
  const fromSources = __filename.endsWith('.ts');
  const soak = options.soak === true;
  const child = spawn(process.execPath, nodeArgs(fromSources, soak, join(__dirname, '..')), {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir,
      LOG_LEVEL: 'info', RATE_LIMIT_CONVERSATIONS_PER_IP: '100000',
      RATE_LIMIT_REQUESTS_PER_IP: '1000000', RATE_LIMIT_REQUESTS_PER_CONVERSATION: '100000',
      RATE_LIMIT_TURNS_PER_CONVERSATION: '100000' },
    stdio: soak ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered: string | undefined = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      // the log lines are read until the address shows, then only drained
      if (buffered === undefined) {
        return;
      }
      buffered += chunk.toString('utf8');
      const url = /"url":"(http:[^"]+)"/.exec(buffered)?.[1];
      if (url !== undefined && child.pid !== undefined) {
        buffered = undefined;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({ url, pid: child.pid, memory: () => askMemory(child),
          stop: () => { child.kill('SIGTERM'); return exited; } });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
}
