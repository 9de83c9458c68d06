import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { residentBytes, runLoadTest, type LoadReport } from '../security/loadTest';

/**
 * `npm run loadtest [-- --seconds 120 --conversations 200 --think-ms 1000]`: starts the
 * real server on a free loopback port with a temporary store, holds that many Direct Line
 * conversations for that long, prints the report (losses, duplicates, latency, the
 * server's memory over time) and fails when anything was lost or duplicated.
 */
interface Settings {
  seconds: number;
  conversations: number;
  thinkMs: number;
}

const FLAGS: ReadonlyArray<[string, keyof Settings, number]> = [
  ['--seconds', 'seconds', 3600], ['--conversations', 'conversations', 1000],
  ['--think-ms', 'thinkMs', 60_000],
];

export function parseLoadArgs(args: string[]): Settings {
  const settings: Settings = { seconds: 120, conversations: 200, thinkMs: 1000 };
  for (let i = 0; i < args.length; i += 2) {
    const flag = FLAGS.find(([name]) => name === args[i]);
    const value = Number(args[i + 1]);
    if (!flag || !Number.isInteger(value) || value < 1 || value > flag[2]) {
      throw new Error('usage: npm run loadtest -- [--seconds 1..3600] '
        + '[--conversations 1..1000] [--think-ms 1..60000]');
    }
    settings[flag[1]] = value;
  }
  return settings;
}

/**
 * The server as production runs it (info logs included), rate limits raised: all the
 * simulated citizens share 127.0.0.1.
 */
function startServer(dataDir: string):
Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const fromSources = __filename.endsWith('.ts');
  const root = join(__dirname, '..');
  const entry = join(root, 'server', fromSources ? 'main.ts' : 'main.js');
  const child = spawn(process.execPath,
    fromSources ? ['-r', 'ts-node/register/transpile-only', entry] : [entry], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info',
        RATE_LIMIT_CONVERSATIONS_PER_IP: '100000', RATE_LIMIT_REQUESTS_PER_IP: '1000000',
        RATE_LIMIT_REQUESTS_PER_CONVERSATION: '100000',
        RATE_LIMIT_TURNS_PER_CONVERSATION: '100000' },
      stdio: ['ignore', 'pipe', 'inherit'],
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
        const pid = child.pid;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        resolve({ url, pid, stop: () => { child.kill('SIGTERM'); return exited; } });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
  });
}

function describe(report: LoadReport, settings: Settings): string {
  return [
    `${report.conversations} conversations for ${settings.seconds} s`,
    `messages sent ${report.sent}, answered ${report.answered}, lost ${report.lost}, `
      + `duplicated ${report.duplicated}, streams differing from the log ${report.diverged}, `
      + `HTTP errors ${report.httpErrors}`,
    `answer latency p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, `
      + `max ${report.latencyMs.max} ms`,
    `server memory (MB, oldest first): ${report.memoryMb.join(' ')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const settings = parseLoadArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-load-'));
  const server = await startServer(dataDir);
  try {
    const report = await runLoadTest({
      url: server.url, conversations: settings.conversations,
      durationMs: settings.seconds * 1000, thinkMs: settings.thinkMs,
      sampleMemory: () => residentBytes(server.pid),
      sampleEveryMs: Math.max(1000, (settings.seconds * 1000) / 24),
    });
    process.stdout.write(`${describe(report, settings)}\n`);
    if (report.lost + report.duplicated + report.diverged > 0) {
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
