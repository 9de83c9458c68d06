import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { componentLogger } from '../core/logger';
import { isThreadReply, type ThreadReply } from './thread-messages';
import type { Recognizer, Understanding } from './types';

const log = componentLogger('nlu');

export interface ThreadedRecognizerOptions {
  /** The thread's script (recognizer-thread.js); the specs give ones that fail on purpose. */
  script?: string;
  /** Crashes in a row, with no answer between them, after which the thread is not restarted. */
  maxCrashes?: number;
}

export interface ThreadedRecognizer {
  recognizer: Recognizer;
  /** Resolves once the thread has its model; rejects when it cannot load one. */
  ready: Promise<void>;
  /** False once every message is refused (see below): /healthz then says so. */
  usable(): boolean;
  close(): Promise<void>;
}

interface Pending {
  text: string;
  // asked of the running thread (a thread that dies takes the question with it)
  sent: boolean;
  resolve(understanding: Understanding): void;
  reject(error: Error): void;
}

/**
 * The recogniser in a worker thread: understanding a message (~0.3 ms of CPU, and its
 * garbage) leaves the event loop that serves every conversation, for the machine's other
 * core. A thread that dies is started again and asked again, one message at a time, what it
 * had not answered: a message that kills a thread asked alone is refused, not asked again.
 */
export function createThreadedRecognizer(options: ThreadedRecognizerOptions = {}):
  ThreadedRecognizer {
  const script = options.script ?? join(__dirname, 'recognizer-thread.js');
  const maxCrashes = options.maxCrashes ?? 3;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let crashesInRow = 0;
  // after a crash, until every message then waiting is answered: one message asked at a time
  let recovering = false;
  // the running thread has its model: its death is not a failure to start
  let threadReady = false;
  let closing = false;
  // why every request is refused from now on: the model could not load, or crashes in a row
  let broken: Error | null = null;
  let worker: Worker;
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // a failed start is reported by `ready` and by every request, never as an unhandled rejection
  ready.catch(() => undefined);

  const ask = (id: number, request: Pending): void => {
    request.sent = true;
    worker.postMessage({ id, text: request.text });
  };

  const askNextAlone = (): void => {
    const [first] = pending;
    if (first === undefined) {
      recovering = false;
    } else if (!first[1].sent) {
      ask(...first);
    }
  };

  const refuseAll = (error: Error): void => {
    broken = error;
    markFailed(error);
    for (const request of pending.values()) {
      request.reject(error);
    }
    pending.clear();
  };

  const onReply = (reply: ThreadReply): void => {
    if (reply.kind === 'loaded') {
      // a death after this is no failure to start: the message it was reading is to blame
      threadReady = true;
    } else if (reply.kind === 'ready') {
      threadReady = true;
      markReady();
    } else if (reply.kind === 'failed') {
      log.error('recognizer thread could not load', { event: 'nlu.thread.failed' });
      refuseAll(new Error(`the recognizer could not load: ${reply.error}`));
    } else if (reply.kind === 'malformed') {
      log.error('recognizer thread got a malformed request', { event: 'nlu.thread.malformed' });
    } else {
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      crashesInRow = 0;
      if (reply.kind === 'understood') {
        request?.resolve(reply.understanding);
      } else {
        request?.reject(new Error(`understanding failed: ${reply.error}`));
      }
      if (recovering) {
        askNextAlone();
      }
    }
  };

  const onExit = (code: number): void => {
    if (closing || broken !== null) {
      return;
    }
    crashesInRow += 1;
    log.error('recognizer thread stopped', { event: 'nlu.thread.exit', code, crashesInRow });
    if (crashesInRow >= maxCrashes) {
      refuseAll(new Error(`the recognizer thread stopped ${crashesInRow} times in a row`));
      return;
    }

    const [first] = pending;
    if (recovering && threadReady && first !== undefined && first[1].sent) {
      pending.delete(first[0]);
      first[1].reject(new Error('the recognizer thread stopped on this message'));
    }
    for (const request of pending.values()) {
      request.sent = false;
    }
    recovering = true;
    start();
    askNextAlone();
  };

  const start = (): void => {
    threadReady = false;
    worker = new Worker(script);
    // the server's close ends it; until then it must not keep a finished process alive
    worker.unref();
    worker.on('message', (reply: unknown) => {
      if (isThreadReply(reply)) {
        onReply(reply);
      }
    });
    worker.on('error', (error: Error) => {
      log.error('recognizer thread failed', { event: 'nlu.thread.error', error: error.name });
    });
    worker.on('exit', onExit);
  };

  start();

  return {
    ready,
    usable: () => broken === null,
    recognizer: {
      understand(text: string): Promise<Understanding> {
        if (broken !== null) {
          return Promise.reject(broken);
        }
        const id = nextId;
        nextId += 1;
        const request: Pending = {
          text: typeof text === 'string' ? text : '', sent: false, resolve: () => undefined,
          reject: () => undefined,
        };
        const answer = new Promise<Understanding>((resolve, reject) => {
          request.resolve = resolve;
          request.reject = reject;
        });
        pending.set(id, request);
        if (!recovering) {
          ask(id, request);
        }
        return answer;
      },
    },
    async close() {
      closing = true;
      await worker.terminate();
      refuseAll(new Error('the recognizer was closed'));
    },
  };
}
