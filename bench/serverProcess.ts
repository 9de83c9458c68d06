import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { askMemory } from '../security/loadTestServer';
import type { MemorySample } from '../security/loadTestProbe';
import { SERVER_NODE_FLAGS } from '../server/nodeFlags';
import { elapsedMs } from './stats';

/** A server process of ours (assistant or echo bot) on a loopback port, for the bench. */
export interface ServerProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn to the first 200 of /healthz. */
  readyMs: number;
  /** Resident memory now and at its peak (VmHWM), in MB. */
  memory(): { rssMb: number; peakRssMb: number };
  /** Heap and RSS after a full GC (with `memoryProbe`; undefined otherwise). */
  memoryAfterGc(): Promise<MemorySample | undefined>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  /** The built entry point, e.g. dist/server/main.js. */
  script: string;
  env?: NodeJS.ProcessEnv;
  /** Use this data folder (kept on stop) instead of a fresh temporary one (removed). */
  dataDir?: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
  /**
   * Preloads security/loadTestProbe (with --expose-gc) and an IPC channel to it, so that
   * memory can be read after a full GC. The server's code is the same.
   */
  memoryProbe?: boolean;
}

const PROBE = join(__dirname, '..', 'security', 'loadTestProbe.js');

// servers still running when the bench exits (an error, Ctrl-C) are stopped with it
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Every bench citizen comes from 127.0.0.1, where real ones come from thousands of
 * addresses: the per-address and per-conversation limits (security/limits.ts) are raised
 * so that they count requests as usual but refuse none of the load.
 */
export const BENCH_LIMITS: NodeJS.ProcessEnv = {
  RATE_LIMIT_CONVERSATIONS_PER_IP: '10000000',
  RATE_LIMIT_REQUESTS_PER_IP: '10000000',
  RATE_LIMIT_REQUESTS_PER_CONVERSATION: '100000',
  RATE_LIMIT_TURNS_PER_CONVERSATION: '100000',
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Reads a "VmRSS:  1234 kB" line of /proc/<pid>/status; NaN where /proc does not exist. */
export function statusFieldMb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssMb: Number.NaN, peakRssMb: Number.NaN };
  }
  return { rssMb: statusFieldMb(status, 'VmRSS'), peakRssMb: statusFieldMb(status, 'VmHWM') };
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).status === 200;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
    } else {
      child.once('exit', () => resolve());
    }
  });
}

async function waitReady(child: ChildProcess, url: string, timeoutMs: number,
  errors: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode} before ready: ${errors()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`server not ready after ${timeoutMs} ms: ${errors()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Spawns a built server on a free loopback port and resolves once /healthz says ready. */
export async function spawnServer(options: SpawnOptions): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'brigade-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const probe = options.memoryProbe === true ? ['--expose-gc', '-r', PROBE] : [];
  const child = spawn(process.execPath,
    [...SERVER_NODE_FLAGS, ...(options.nodeArgs ?? []), ...probe, options.script], {
    env: { ...process.env, ...BENCH_LIMITS, PORT: String(port), HOST: '127.0.0.1',
      DATA_DIR: dataDir, ...options.env },
    // logs go nowhere (their cost stays, as in production); the tail of stderr explains failures
    stdio: options.memoryProbe === true ? ['ignore', 'ignore', 'pipe', 'ipc']
      : ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });

  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited(child);
    if (options.dataDir === undefined) {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  try {
    await waitReady(child, url, options.readyTimeoutMs ?? 60_000, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  const readyMs = elapsedMs(started);
  const pid = child.pid ?? 0;
  return { url, pid, dataDir, readyMs, memory: () => memoryOf(pid),
    memoryAfterGc: () => askMemory(child), stop };
}
