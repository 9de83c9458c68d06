import { sharedModel } from '../nlu/recognizer';
import { spawnServer } from './serverProcess';
import { summarize, type Summary } from './stats';

export interface ColdStartResult {
  runs: number;
  /** Milliseconds from spawn to the first 200 of /healthz, each run in a fresh DATA_DIR. */
  readyMs: Summary;
}

/**
 * Cold start of the built server with the trained model on disk: the model is trained and
 * saved first when missing or stale, so that no run pays for training.
 */
export async function benchColdStart(script: string, runs = 3): Promise<ColdStartResult> {
  if (!Number.isInteger(runs) || runs < 1) {
    throw new RangeError(`runs must be a positive integer, got ${runs}`);
  }
  await sharedModel();

  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const server = await spawnServer({ script });
    times.push(server.readyMs);
    await server.stop();
  }
  return { runs, readyMs: summarize(times) };
}
