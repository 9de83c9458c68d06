import { runLoad, type LoadRun } from './load';
import type { BotFigures, LoadComparison, RunFigures } from './results';
import { spawnServer } from './serverProcess';
import { summarize } from './stats';

export interface LoadBenchOptions {
  oursScript: string;
  echoScript: string;
  concurrency?: number;
  /** Scripted conversations per bot (each `TURNS_PER_CONVERSATION` turns). */
  conversations?: number;
  /** No new conversation after this long, per bot. */
  maxMs?: number;
  /** A citizen's pause before each message in the paced run, in ms. */
  thinkMs?: readonly [number, number];
}

/**
 * 200 citizens each writing every 2 to 4 s offer about 65 turns per second, some 230,000
 * an hour: a national incident's rush, not a stress test.
 */
export const DEFAULT_THINK_MS: readonly [number, number] = [2000, 4000];

/** One bot in its own process: warm-up (not counted), full speed, then paced. */
async function loadOne(script: string, greets: boolean, options: Required<LoadBenchOptions>):
Promise<BotFigures> {
  const server = await spawnServer({ script });
  const base = { concurrency: options.concurrency, maxMs: options.maxMs, waitGreeting: greets };
  try {
    await runLoad(server.url, { ...base, concurrency: 20, conversations: 40 });
    const saturated = await runLoad(server.url, { ...base,
      conversations: options.conversations });
    const paced = await runLoad(server.url, { ...base, conversations: options.concurrency,
      thinkMs: options.thinkMs });
    return { saturated: figures(saturated), paced: figures(paced),
      peakRssMb: server.memory().peakRssMb };
  } finally {
    await server.stop();
  }
}

function figures(run: LoadRun): RunFigures {
  return {
    conversations: run.conversations,
    turns: run.latencies.length,
    errors: run.errors,
    errorSamples: run.errorSamples,
    turnsPerSecond: run.turnsPerSecond,
    latency: summarize(run.latencies),
  };
}

/**
 * The assistant and the bare echo bot behind the same server and Direct Line endpoint, one
 * after the other, under the same load: the throughput ratio is the verdict, since a noisy
 * machine slows both.
 */
export async function benchLoad(options: LoadBenchOptions): Promise<LoadComparison> {
  const concurrency = options.concurrency ?? 200;
  const full: Required<LoadBenchOptions> = { ...options, concurrency,
    conversations: options.conversations ?? concurrency * 2, maxMs: options.maxMs ?? 60_000,
    thinkMs: options.thinkMs ?? DEFAULT_THINK_MS };

  const echo = await loadOne(full.echoScript, false, full);
  const ours = await loadOne(full.oursScript, true, full);
  return { concurrency, thinkMs: [full.thinkMs[0], full.thinkMs[1]], ours, echo,
    throughputRatio: ours.saturated.turnsPerSecond / echo.saturated.turnsPerSecond };
}
