import { BenchConversation } from './directLineClient';
import { scriptFor } from './script';
import { elapsedMs } from './stats';

export interface LoadOptions {
  /** Conversations running at once. */
  concurrency: number;
  /** Conversations in all; each runs the whole script. */
  conversations: number;
  /** No conversation starts after this many milliseconds. */
  maxMs: number;
  /** Wait for the bot's greeting before the first message, as a citizen reads it first. */
  waitGreeting: boolean;
  turnTimeoutMs?: number;
  /**
   * A citizen's pause before each message (and before starting), drawn evenly in
   * [min, max] ms. Without it the load is closed-loop at full speed: a throughput measure.
   */
  thinkMs?: readonly [number, number];
}

export interface LoadRun {
  /** Latency of every turn that got its reply, in milliseconds. */
  latencies: number[];
  conversations: number;
  /** Failed conversation starts and turns without a reply. */
  errors: number;
  durationMs: number;
  /** Turns per second while all `concurrency` citizens were busy. */
  turnsPerSecond: number;
  /** The first few error messages, for the report. */
  errorSamples: string[];
}

function checkOptions(options: LoadOptions): void {
  for (const name of ['concurrency', 'conversations', 'maxMs'] as const) {
    if (!Number.isInteger(options[name]) || options[name] < 1) {
      throw new RangeError(`${name} must be a positive integer, got ${options[name]}`);
    }
  }
  const think = options.thinkMs;
  if (think !== undefined && !(think[0] >= 0 && think[1] >= think[0])) {
    throw new RangeError(`thinkMs must be [min, max] with 0 <= min <= max, got [${think}]`);
  }
}

/** Deterministic pauses (a small LCG per conversation): two runs offer the same load. */
export function pauses(conversation: number, [min, max]: readonly [number, number]):
() => number {
  let state = (conversation * 2654435761 + 1) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return min + (state / 2 ** 32) * (max - min);
  };
}

const sleep = (ms: number): Promise<void> =>
  (ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms)));

/**
 * Closed-loop load: `concurrency` citizens, each starting a conversation, writing its
 * script turn by turn (the next message once the reply arrived), then starting another.
 */
export async function runLoad(baseUrl: string, options: LoadOptions): Promise<LoadRun> {
  checkOptions(options);
  const run: LoadRun = { latencies: [], conversations: 0, errors: 0, durationMs: 0,
    turnsPerSecond: 0, errorSamples: [] };
  const fail = (error: unknown): void => {
    run.errors += 1;
    if (run.errorSamples.length < 5) {
      run.errorSamples.push(error instanceof Error ? error.message : String(error));
    }
  };
  const started = process.hrtime.bigint();
  let next = 0;
  // turns/s counts only while every citizen is busy: the last ones finishing alone
  // would measure the tail, not the bot
  let steady: { turns: number; ms: number } | undefined;

  const citizen = async (): Promise<void> => {
    while (next < options.conversations && elapsedMs(started) < options.maxMs) {
      const number = next;
      next += 1;
      run.conversations += 1;
      await converse(baseUrl, number, options, run.latencies).catch(fail);
    }
    steady ??= { turns: run.latencies.length, ms: elapsedMs(started) };
  };
  await Promise.all(Array.from({ length: options.concurrency }, citizen));

  run.durationMs = elapsedMs(started);
  const window = steady !== undefined && steady.turns > 0 ? steady
    : { turns: run.latencies.length, ms: run.durationMs };
  run.turnsPerSecond = window.turns / (window.ms / 1000);
  return run;
}

async function converse(baseUrl: string, number: number, options: LoadOptions,
  latencies: number[]): Promise<void> {
  const pause = options.thinkMs === undefined ? () => 0 : pauses(number, options.thinkMs);
  await sleep(pause());
  const conversation = await BenchConversation.open(baseUrl);
  try {
    if (options.waitGreeting) {
      await conversation.greeted(options.turnTimeoutMs);
    }
    for (const text of scriptFor(number)) {
      await sleep(pause());
      latencies.push(await conversation.turn(text, options.turnTimeoutMs));
    }
  } finally {
    conversation.close();
  }
}
