/**
 * The soak verdict: is the server's memory flat under a steady load? It reads the heap
 * left after a full garbage collection (see loadTestProbe.ts), so garbage V8 has not
 * collected yet is not taken for a leak. The warm-up (JIT, caches, the first turns of
 * every conversation) is left out: growth is measured from its end to the end of the run.
 */
export interface HeapSample {
  /** Milliseconds since the load started. */
  atMs: number;
  heapUsedMb: number;
  rssMb: number;
  /** Messages sent so far. */
  messages: number;
}

export interface SoakLimits {
  /** Heap at the end over heap after warm-up. */
  maxRatio: number;
  /** Heap growth per message sent after warm-up, in bytes (the store's index entries). */
  maxBytesPerMessage: number;
}

export interface SoakVerdict {
  warmUpMb: number;
  endMb: number;
  ratio: number;
  /** Least-squares slope of the heap after warm-up, in MB per minute. */
  slopeMbPerMinute: number;
  bytesPerMessage: number;
  flat: boolean;
}

/**
 * The live data grows a little with every stored message: the embedded store keeps each
 * document's place and index entries, about 400 bytes, and a message makes about four
 * documents. A leak of a message's content or of a turn's objects costs more (the store
 * that kept documents in memory: 4.4 kB a message). Within 5 % is noise either way.
 */
export const DEFAULT_SOAK_LIMITS: SoakLimits = { maxRatio: 1.05, maxBytesPerMessage: 2048 };

function slope(samples: readonly HeapSample[]): number {
  const n = samples.length;
  if (n < 2) {
    return 0;
  }
  const meanX = samples.reduce((sum, s) => sum + s.atMs, 0) / n;
  const meanY = samples.reduce((sum, s) => sum + s.heapUsedMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.atMs - meanX) * (sample.heapUsedMb - meanY);
    variance += (sample.atMs - meanX) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 60_000;
}

/**
 * `samples` oldest first, the last one taken once the load stopped. Flat when the heap
 * after warm-up grew by at most `maxRatio` (noise) or by at most `maxBytesPerMessage` per
 * message sent meanwhile (what the store keeps per stored document).
 */
export function soakVerdict(samples: readonly HeapSample[], warmUpMs: number,
  limits: SoakLimits = DEFAULT_SOAK_LIMITS): SoakVerdict {
  if (!Number.isFinite(warmUpMs) || warmUpMs < 0) {
    throw new Error(`the warm-up must be a duration in ms, got ${warmUpMs}`);
  }
  const after = samples.filter((sample) => sample.atMs >= warmUpMs);
  const warm = after[0];
  const end = after[after.length - 1];
  if (warm === undefined || end === undefined || after.length < 2) {
    throw new Error(`a soak verdict needs two heap samples after the warm-up of ${warmUpMs} ms`
      + `, got ${after.length}`);
  }
  const ratio = end.heapUsedMb / warm.heapUsedMb;
  const messages = end.messages - warm.messages;
  const grownBytes = (end.heapUsedMb - warm.heapUsedMb) * 1024 * 1024;
  const bytesPerMessage = messages > 0 ? grownBytes / messages : 0;
  return {
    warmUpMb: warm.heapUsedMb, endMb: end.heapUsedMb, ratio,
    slopeMbPerMinute: slope(after), bytesPerMessage,
    flat: ratio <= limits.maxRatio || bytesPerMessage <= limits.maxBytesPerMessage,
  };
}
