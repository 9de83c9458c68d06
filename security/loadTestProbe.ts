/**
 * Preloaded (`node --expose-gc -r …/loadTestProbe`) into a server that a load test or the
 * bench started with an IPC channel: on `{ type: 'memory' }` it runs a full garbage
 * collection and answers the heap that is left. RSS alone mixes live data with garbage V8
 * has not collected yet; only the heap after a collection tells a leak from a lazy GC.
 * The server's own code knows nothing of it.
 */
export interface MemorySample {
  type: 'memory';
  /** Whether the process could collect garbage first (`--expose-gc`). */
  collected: boolean;
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
}

export const MEMORY_REQUEST = { type: 'memory' } as const;

function isMemoryRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null
    && Reflect.get(message, 'type') === MEMORY_REQUEST.type;
}

/** Two collections: the first one's finalizers may free more for the second. */
function collect(): boolean {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') {
    return false;
  }
  gc();
  gc();
  return true;
}

export function measureMemory(): MemorySample {
  const collected = collect();
  const usage = process.memoryUsage();
  return { type: 'memory', collected, rssBytes: usage.rss, heapUsedBytes: usage.heapUsed,
    heapTotalBytes: usage.heapTotal, externalBytes: usage.external };
}

/** Answers memory requests on the IPC channel, if there is one; never keeps the process up. */
export function installProbe(): void {
  const send = process.send?.bind(process);
  if (send === undefined) {
    return;
  }
  process.on('message', (message: unknown) => {
    if (isMemoryRequest(message)) {
      send(measureMemory());
    }
  });
  process.channel?.unref();
}

installProbe();
