import type { ClassificationResult } from './classification';
import type { ColdStartResult } from './coldStart';
import type { RelayResult } from './relay';
import type { Summary } from './stats';
import type { StoreMemoryResult } from './storeMemory';

/** One load run on one bot. */
export interface RunFigures {
  conversations: number;
  turns: number;
  errors: number;
  errorSamples: string[];
  turnsPerSecond: number;
  latency: Summary;
}

/** One bot under the Direct Line load: at full speed, then at a citizen's pace. */
export interface BotFigures {
  /** Closed loop, no pause between turns: the round that served the most turns/s. */
  saturated: RunFigures;
  /** Turns/s of each full-speed round (rounds alternate between the two bots). */
  saturatedRounds: number[];
  /** The same conversations with a citizen's pauses: the latency a citizen sees. */
  paced: RunFigures;
  peakRssMb: number;
}

export interface LoadComparison {
  concurrency: number;
  thinkMs: [number, number];
  ours: BotFigures;
  echo: BotFigures;
  /** Best full-speed throughput ours / echo's, in the same run. */
  throughputRatio: number;
}

export interface Machine {
  cpus: number;
  node: string;
  loadAverage: number[];
  commit: string;
}

/** Everything one `npm run bench` measured; a part that failed has its error instead. */
export interface BenchResults {
  startedAt: string;
  durationMs: number;
  machine: Machine;
  load?: LoadComparison;
  classification?: ClassificationResult;
  coldStart?: ColdStartResult;
  storeMemory?: StoreMemoryResult;
  relay?: RelayResult;
  failures: Record<string, string>;
}

export interface Verdict {
  name: string;
  target: string;
  measured: string;
  ok: boolean | undefined;
}

/**
 * What holding the conversations costs: the larger of the server that created them, once
 * its garbage is collected, and the server restarted on them, as it comes up. Right after
 * the burst the RSS is higher (garbage not collected yet); the report shows it apart.
 */
export function heldRssMb(store: StoreMemoryResult): number {
  return Math.max(store.holding.rssMb, store.reopenedRssMb);
}

const ms = (value: number): string => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;

/** The targets, each with what this run measured (ok undefined: not measured). */
export function verdicts(results: BenchResults): Verdict[] {
  const { load, classification, coldStart, storeMemory, relay } = results;
  const check = (name: string, target: string, value: number | undefined, limit: number,
    show: (value: number) => string, atLeast = false): Verdict => ({
    name, target,
    measured: value === undefined ? 'not measured' : show(value),
    ok: value === undefined || Number.isNaN(value) ? undefined
      : (atLeast ? value >= limit : value <= limit),
  });

  return [
    check('throughput ours / echo', '≥ 0.50', load?.throughputRatio, 0.5,
      (value) => value.toFixed(2), true),
    check('turn latency p99 (ours, paced)', '≤ 50 ms', load?.ours.paced.latency.p99, 50, ms),
    check('load errors (ours)', '0',
      load === undefined ? undefined : load.ours.saturated.errors + load.ours.paced.errors, 0,
      String),
    check('classification median', '≤ 0.2 ms', classification?.recognizer.p50, 0.2, ms),
    check('cold start to /healthz', '≤ 2000 ms', coldStart?.readyMs.p50, 2000, ms),
    check('RSS holding 10,000 conversations', '≤ 200 MB',
      storeMemory !== undefined && storeMemory.conversations >= 10_000
        ? heldRssMb(storeMemory) : undefined, 200, mb),
    check('relay user → agent p99', '≤ 20 ms', relay?.latency.p99, 20, ms),
  ];
}

/** True when every measured target is met and no part failed. */
export function allMet(results: BenchResults): boolean {
  return Object.keys(results.failures).length === 0
    && verdicts(results).every((verdict) => verdict.ok !== false);
}
