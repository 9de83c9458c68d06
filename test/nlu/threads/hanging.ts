import { parentPort } from 'node:worker_threads';
import { isUnderstandRequest } from '../../../nlu/thread-messages';

/** How long "slow" keeps the thread busy: over the specs' warm limit, under their cold one. */
const SLOW_MS = 600;

/** Keeps this thread's only core busy, as a pathological text does: no event is read. */
function busyFor(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // nothing: the loop itself is the work
  }
}

/**
 * A recogniser thread for the specs: a text starting with "hang" loops forever, "slow" works
 * for SLOW_MS, anything else is echoed. It says ready at once, so the warm limit applies
 * once it has answered its first messages.
 */
parentPort?.postMessage({ kind: 'loaded' });
parentPort?.postMessage({ kind: 'ready' });
parentPort?.on('message', (request: unknown) => {
  if (!isUnderstandRequest(request)) {
    parentPort?.postMessage({ kind: 'malformed' });
    return;
  }

  if (request.text.startsWith('hang')) {
    busyFor(Number.POSITIVE_INFINITY);
  }
  if (request.text === 'slow') {
    busyFor(SLOW_MS);
  }
  parentPort?.postMessage({ kind: 'understood', id: request.id, understanding: {
    text: request.text, normalized: request.text, topic: 'none', score: 0, alternatives: [],
    ambiguous: false, emergency: { detected: false, numbers: [] },
  } });
});
