import { parentPort } from 'node:worker_threads';

/** A recogniser thread for the specs whose model cannot load. */
parentPort?.postMessage({ kind: 'failed', error: 'Error: model file unreadable' });
