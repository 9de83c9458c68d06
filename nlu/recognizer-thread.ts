import { parentPort } from 'node:worker_threads';
import { startCollector } from '../server/startGarbage';
import { createRecognizer } from './recognizer';
import { isUnderstandRequest, type ThreadReply } from './thread-messages';

/**
 * The recogniser in a worker thread (threaded-recognizer.ts starts it): the server's event
 * loop then only sends the text and reads the answer back, while the model, the corrector and
 * the triage run, and make their garbage, on the other core. Requests that come while the
 * model loads wait for it, in order.
 */
const port = parentPort;
if (port === null) {
  throw new Error('recognizer-thread.js runs as a worker thread (see threaded-recognizer.ts)');
}

const send = (reply: ThreadReply): void => port.postMessage(reply);
let warmed: () => void = () => undefined;
const warm = new Promise<void>((resolve) => {
  warmed = resolve;
});
const loading = createRecognizer({ onWarm: () => warmed() });

// ready once warm (the regex gate read, the correctors' indexes built: no message waits for
// them) and the load's garbage collected (~35 MB V8 would keep until traffic forced it out);
// this thread's warm-up holds up nobody's turn, so /healthz can wait for it
loading
  .then(async () => {
    send({ kind: 'loaded' });
    await warm;
    await startCollector()?.();
  })
  .then(() => send({ kind: 'ready' }), (error: unknown) =>
    send({ kind: 'failed', error: String(error) }));

port.on('message', (request: unknown) => {
  if (!isUnderstandRequest(request)) {
    // the main thread only sends requests; anything else is a bug there, answered as one
    send({ kind: 'malformed' });
    return;
  }

  loading
    .then((recognizer) => recognizer.understand(request.text))
    .then((understanding) => send({ kind: 'understood', id: request.id, understanding }),
      (error: unknown) => send({ kind: 'error', id: request.id, error: String(error) }));
});
