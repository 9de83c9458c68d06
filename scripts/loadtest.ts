import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { residentBytes, runLoadTest, type LoadReport } from '../security/loadTest';
import { startLoadServer } from '../security/loadTestServer';
import { soakVerdict, type SoakVerdict } from '../security/loadTestSoak';

/**
 * `npm run loadtest [-- --seconds 120 --conversations 200 --think-ms 1000 --soak]`: starts
 * the real server on a free loopback port with a temporary store, holds that many Direct
 * Line conversations for that long, prints the report (losses, duplicates, latency, the
 * server's memory over time) and fails when anything was lost or duplicated. `--soak` also
 * samples the server's heap after a full GC and fails when it is not flat after warm-up
 * (the forced collections pause the server: latencies are then a little worse).
 */
interface Settings {
  seconds: number;
  conversations: number;
  thinkMs: number;
  soak?: true;
}

/** The first quarter of the run is warm-up: JIT, caches, every conversation's first turns. */
const WARM_UP_SHARE = 0.25;

const FLAGS: ReadonlyArray<[string, 'seconds' | 'conversations' | 'thinkMs', number]> = [
  ['--seconds', 'seconds', 3600], ['--conversations', 'conversations', 1000],
  ['--think-ms', 'thinkMs', 60_000],
];

export function parseLoadArgs(args: string[]): Settings {
  const settings: Settings = { seconds: 120, conversations: 200, thinkMs: 1000 };
  let i = 0;
  while (i < args.length) {
    if (args[i] === '--soak') {
      settings.soak = true;
      i += 1;
      continue;
    }
    const flag = FLAGS.find(([name]) => name === args[i]);
    const value = Number(args[i + 1]);
    if (!flag || !Number.isInteger(value) || value < 1 || value > flag[2]) {
      throw new Error('usage: npm run loadtest -- [--seconds 1..3600] '
        + '[--conversations 1..1000] [--think-ms 1..60000] [--soak]');
    }
    settings[flag[1]] = value;
    i += 2;
  }
  return settings;
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

function describeSoak(report: LoadReport, verdict: SoakVerdict, warmUpMs: number): string {
  const series = report.heap.map((s) => `${Math.round(s.atMs / 1000)}s ${s.heapUsedMb}/${s.rssMb}`);
  return [
    `soak: heap after GC / RSS in MB over time: ${series.join(', ')}`,
    `soak: heap after warm-up (${warmUpMs / 1000} s) ${verdict.warmUpMb} MB, at the end `
      + `${verdict.endMb} MB: ratio ${verdict.ratio.toFixed(2)}, slope `
      + `${verdict.slopeMbPerMinute.toFixed(2)} MB/min, `
      + `${Math.round(verdict.bytesPerMessage)} bytes per message`,
    `soak: memory ${verdict.flat ? 'flat' : 'GROWING'}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const settings = parseLoadArgs(process.argv.slice(2));
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-load-'));
  const server = await startLoadServer({ dataDir, soak: settings.soak });
  try {
    const report = await runLoadTest({
      url: server.url, conversations: settings.conversations,
      durationMs: settings.seconds * 1000, thinkMs: settings.thinkMs,
      sampleMemory: () => residentBytes(server.pid),
      sampleEveryMs: Math.max(1000, (settings.seconds * 1000) / 24),
      sampleHeap: settings.soak ? () => server.memory() : undefined,
    });
    process.stdout.write(`${describe(report, settings)}\n`);
    if (report.lost + report.duplicated + report.diverged > 0) {
      process.exitCode = 1;
    }
    if (settings.soak) {
      const warmUpMs = settings.seconds * 1000 * WARM_UP_SHARE;
      const verdict = soakVerdict(report.heap, warmUpMs);
      process.stdout.write(`${describeSoak(report, verdict, warmUpMs)}\n`);
      process.exitCode = verdict.flat ? process.exitCode : 1;
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
