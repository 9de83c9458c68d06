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
  /** Full-speed rounds per bot, alternating; the best one counts. */
  rounds?: number;
}

/**
 * 200 citizens each writing every 2 to 4 s offer about 50 messages a second, some 180,000
 * an hour: a national incident's rush, not a stress test.
 */
export const DEFAULT_THINK_MS: readonly [number, number] = [2000, 4000];

/** Full-speed rounds stop starting conversations after this: a busy machine stays < 5 min. */
const FULL_SPEED_MS = 20_000;

/** One bot in its own process: warm-up (not counted), full speed, then paced if asked. */
async function loadOne(script: string, options: Required<LoadBenchOptions>, paced: boolean):
Promise<{ saturated: RunFigures; paced?: RunFigures; peakRssMb: number }> {
  const server = await spawnServer({ script });
  // both bots greet (the echo bot as botbuilder's sample does): the same script for both
  const base = { concurrency: options.concurrency, maxMs: options.maxMs, waitGreeting: true };
  try {
    await runLoad(server.url, { ...base, concurrency: 20, conversations: 40 });
    const saturated = await runLoad(server.url, { ...base,
      conversations: options.conversations, maxMs: FULL_SPEED_MS });
    const pacedRun = paced ? await runLoad(server.url, { ...base,
      conversations: options.concurrency, thinkMs: options.thinkMs }) : undefined;
    return { saturated: figures(saturated), paced: pacedRun && figures(pacedRun),
      peakRssMb: server.memory().peakRssMb };
  } finally {
    await server.stop();
  }
}

/** Noise only ever slows a run down: the best round is the bot's capacity. */
function combine(rounds: Array<Awaited<ReturnType<typeof loadOne>>>): BotFigures {
  const best = rounds.reduce((a, b) =>
    (b.saturated.turnsPerSecond > a.saturated.turnsPerSecond ? b : a));
  const paced = rounds.find((round) => round.paced !== undefined)?.paced;
  if (paced === undefined) {
    throw new Error('no paced run');
  }
  return {
    saturated: best.saturated,
    saturatedRounds: rounds.map((round) => round.saturated.turnsPerSecond),
    paced,
    peakRssMb: Math.max(...rounds.map((round) => round.peakRssMb)),
  };
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
    thinkMs: options.thinkMs ?? DEFAULT_THINK_MS, rounds: options.rounds ?? 2 };
  if (!Number.isInteger(full.rounds) || full.rounds < 1) {
    throw new RangeError(`rounds must be a positive integer, got ${full.rounds}`);
  }

  const echoRounds = [];
  const oursRounds = [];
  // echo, ours, echo, ours: a slow spell of the machine hits both bots
  for (let round = 0; round < full.rounds; round += 1) {
    echoRounds.push(await loadOne(full.echoScript, full, round === 0));
    oursRounds.push(await loadOne(full.oursScript, full, round === 0));
  }
  const echo = combine(echoRounds);
  const ours = combine(oursRounds);
  return { concurrency, thinkMs: [full.thinkMs[0], full.thinkMs[1]], ours, echo,
    throughputRatio: ours.saturated.turnsPerSecond / echo.saturated.turnsPerSecond };
}
