import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_NLU_MESSAGE_TIMEOUT_MS } from '../core/config';
import { componentLogger } from '../core/logger';
import { BlamedTexts } from './blamed-texts';
import { isThreadReply, type ThreadReply } from './thread-messages';
import type { Recognizer, Understanding } from './types';

const log = componentLogger('nlu');

export interface ThreadedRecognizerOptions {
  /** The thread's script (recognizer-thread.js); the specs give ones that fail on purpose. */
  script?: string;
  /** Crashes in a row, with no answer between them, after which the thread is not restarted. */
  maxCrashes?: number;
  /** A warm thread that has not answered a message after this is restarted (see below). */
  timeoutMs?: number;
  /** The limit while a thread answers its first messages (by default 12 times timeoutMs). */
  coldTimeoutMs?: number;
}

// a fresh thread's first answers compile what its warm-up left (~17 s for the first message
// at load 13 on two cores, against 0.5 s once warm): they get the cold limit
const COLD_ANSWERS = 5;

export interface ThreadedRecognizer {
  recognizer: Recognizer;
  /** Resolves once the thread has its model; rejects when it cannot load one. */
  ready: Promise<void>;
  /** False once every message is refused (see below): /healthz then says so. */
  usable(): boolean;
  /** For an operator, once every message is refused: why (no text, no path). */
  problem(): string | undefined;
  close(): Promise<void>;
}

interface Pending {
  text: string;
  // asked of the running thread (a thread that dies takes the question with it)
  sent: boolean;
  resolve(understanding: Understanding): void;
  reject(error: Error): void;
}

/** The recogniser's refusal of a message its thread did not answer in time. */
export class RecognizerTimeout extends Error {
  override name = 'RecognizerTimeout';
}

/**
 * The recogniser in a worker thread: understanding a message (~0.3 ms of CPU, and its
 * garbage) leaves the event loop that serves every conversation, for the machine's other
 * core. A thread that dies is started again and asked again, one message at a time, what it
 * had not answered: a message that kills a thread asked alone is refused, not asked again.
 * A message the thread has not answered in time is refused the same way, and the thread
 * terminated and started again: the messages behind it are asked of the new one.
 */
export function createThreadedRecognizer(options: ThreadedRecognizerOptions = {}):
  ThreadedRecognizer {
  const script = options.script ?? join(__dirname, 'recognizer-thread.js');
  const maxCrashes = options.maxCrashes ?? 3;
  const timeoutMs = options.timeoutMs ?? DEFAULT_NLU_MESSAGE_TIMEOUT_MS;
  const coldTimeoutMs = options.coldTimeoutMs ?? timeoutMs * 12;
  const blamed = new BlamedTexts();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let crashesInRow = 0;
  // after a crash, until every message then waiting is answered: one message asked at a time
  let recovering = false;
  // the running thread has its model: its death is not a failure to start
  let threadReady = false;
  let closing = false;
  // the thread is being terminated for a message it did not answer in time
  let terminating = false;
  // messages the running thread answered (its first ones get the cold limit)
  let answered = 0;
  // the message whose time is counted: the oldest one asked, once the thread has its model
  let watched: number | undefined;
  let watchdog: NodeJS.Timeout | undefined;
  // why every request is refused from now on: the model could not load, or crashes in a row
  let broken: Error | null = null;
  let problem: string | undefined;
  let worker: Worker;
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // a failed start is reported by `ready` and by every request, never as an unhandled rejection
  ready.catch(() => undefined);

  // the thread answers in order: its oldest question is the one it works on, so only that
  // one's time is counted, from when it became the oldest rather than from when it was asked
  const watch = (): void => {
    const [first] = pending;
    const head = threadReady && !terminating && first?.[1].sent === true ? first[0] : undefined;
    if (head === watched) {
      return;
    }

    clearTimeout(watchdog);
    watched = head;
    if (head !== undefined) {
      const limit = answered < COLD_ANSWERS ? coldTimeoutMs : timeoutMs;
      watchdog = setTimeout(() => timeOut(head, limit), limit);
      watchdog.unref();
    }
  };

  const ask = (id: number, request: Pending): void => {
    request.sent = true;
    worker.postMessage({ id, text: request.text });
    watch();
  };

  const askNextAlone = (): void => {
    const [first] = pending;
    if (first === undefined) {
      recovering = false;
    } else if (!first[1].sent) {
      ask(...first);
    }
  };

  const refuseAll = (error: Error, why: string): void => {
    broken = error;
    problem = why;
    clearTimeout(watchdog);
    markFailed(error);
    for (const request of pending.values()) {
      request.reject(error);
    }
    pending.clear();
  };

  // the text is refused from now on, and so are its copies waiting behind it
  const blame = (text: string, error: Error): void => {
    blamed.add(text);
    for (const [id, request] of pending) {
      if (request.text === text) {
        pending.delete(id);
        request.reject(error);
      }
    }
  };

  const timeOut = (id: number, limit: number): void => {
    const request = pending.get(id);
    watched = undefined;
    if (request === undefined || closing || broken !== null) {
      return;
    }

    log.warn('recognizer thread timed out', {
      event: 'nlu.thread.timeout', request: id, limitMs: limit, answered,
    });
    blame(request.text, new RecognizerTimeout(
      `the recognizer thread took over ${limit} ms on this message`));

    // the messages behind it are asked of the new thread, one at a time (onExit)
    terminating = true;
    recovering = true;
    void worker.terminate();
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
      refuseAll(new Error(`the recognizer could not load: ${reply.error}`),
        'nlu model could not load');
    } else if (reply.kind === 'malformed') {
      log.error('recognizer thread got a malformed request', { event: 'nlu.thread.malformed' });
    } else {
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      crashesInRow = 0;
      answered += 1;
      if (reply.kind === 'understood') {
        request?.resolve(reply.understanding);
      } else {
        request?.reject(new Error(`understanding failed: ${reply.error}`));
      }
      if (recovering) {
        askNextAlone();
      }
    }
    watch();
  };

  // false when the thread is given up
  const countCrash = (code: number): boolean => {
    crashesInRow += 1;
    log.error('recognizer thread stopped', { event: 'nlu.thread.exit', code, crashesInRow });
    if (crashesInRow >= maxCrashes) {
      refuseAll(new Error(`the recognizer thread stopped ${crashesInRow} times in a row`),
        'nlu thread given up');
      return false;
    }

    const [first] = pending;
    if (recovering && threadReady && first !== undefined && first[1].sent) {
      blame(first[1].text, new Error('the recognizer thread stopped on this message'));
    }
    return true;
  };

  const onExit = (code: number): void => {
    if (closing || broken !== null) {
      return;
    }

    // A timeout is no crash: its message is blamed before the restart, so restarts after
    // timeouts always get on (one message each), and counting them would let three hanging
    // texts in a row refuse understanding to every citizen. A crash has no culprit until
    // asked alone, and a thread that dies as it starts none at all: those are counted.
    const restart = terminating || countCrash(code);
    terminating = false;
    if (!restart) {
      return;
    }

    clearTimeout(watchdog);
    watched = undefined;
    for (const request of pending.values()) {
      request.sent = false;
    }
    recovering = true;
    start();
    askNextAlone();
  };

  const start = (): void => {
    threadReady = false;
    answered = 0;
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
    problem: () => problem,
    recognizer: {
      understand(text: string): Promise<Understanding> {
        if (broken !== null) {
          return Promise.reject(broken);
        }
        if (typeof text === 'string' && blamed.has(text)) {
          return Promise.reject(new Error('this text stopped the recognizer thread before'));
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
      clearTimeout(watchdog);
      await worker.terminate();
      refuseAll(new Error('the recognizer was closed'), 'nlu closed');
    },
  };
}
