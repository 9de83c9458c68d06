import { parentPort } from 'node:worker_threads';
import { isUnderstandRequest } from '../../../nlu/thread-messages';

/**
 * A recogniser thread for the specs: "crash" ends the thread, anything else is echoed. Like
 * the real one it answers once loaded, and says ready only later (here: never), so a death
 * before "ready" must still blame the message being read.
 */
parentPort?.postMessage({ kind: 'loaded' });
parentPort?.on('message', (request: unknown) => {
  if (!isUnderstandRequest(request)) {
    parentPort?.postMessage({ kind: 'malformed' });
    return;
  }
  if (request.text === 'crash') {
    process.exit(3);
  }
  if (request.text === 'throw') {
    parentPort?.postMessage({ kind: 'error', id: request.id, error: 'RangeError: no' });
    return;
  }
  parentPort?.postMessage({ kind: 'understood', id: request.id, understanding: {
    text: request.text, normalized: request.text, topic: 'none', score: 0, alternatives: [],
    ambiguous: false, emergency: { detected: false, numbers: [] },
  } });
});
