import { componentLogger } from '../core/logger';
import { createThreadedRecognizer } from '../nlu/threaded-recognizer';
import type { Recognizer } from '../nlu/types';

const log = componentLogger('compose');

export interface LoadingRecognizer {
  recognizer: Recognizer;
  loaded(): boolean;
  /** Why understanding is refused for good (/healthz says it); undefined while it is not. */
  problem(): string | undefined;
  close(): Promise<void>;
}

export interface RecognizerSettings {
  /** In a worker thread (NLU_THREAD), else in this one. */
  threaded: boolean;
  /** NLU_MESSAGE_TIMEOUT_MS (threaded only). */
  messageTimeoutMs?: number;
  /** The thread's script: the specs give ones that fail on purpose. */
  script?: string;
}

/**
 * The model loads (or trains, on a first start) while the server already listens:
 * /healthz says 503 until it is there, and early messages wait for it instead of failing.
 * With NLU_THREAD (the default) it runs in a worker thread (nlu/threaded-recognizer.ts);
 * else in this one, and only then are its modules loaded here.
 */
export function loadRecognizer(settings: RecognizerSettings): LoadingRecognizer {
  let loaded = false;
  let failed = false;
  const onLoaded = (): void => {
    loaded = true;
  };
  const onFailed = (error: unknown): void => {
    failed = true;
    log.error('recognizer failed to load', { error: String(error) });
  };

  if (settings.threaded) {
    const thread = createThreadedRecognizer({ script: settings.script,
      timeoutMs: settings.messageTimeoutMs });
    thread.ready.then(onLoaded, onFailed);
    return { recognizer: thread.recognizer, loaded: () => loaded && thread.usable(),
      problem: () => thread.problem(), close: () => thread.close() };
  }

  const loading = import('../nlu/recognizer').then((nlu) => nlu.createRecognizer());
  loading.then(onLoaded, onFailed);
  return {
    recognizer: { understand: async (text) => (await loading).understand(text) },
    loaded: () => loaded,
    problem: () => (failed ? 'nlu model could not load' : undefined),
    close: async () => undefined,
  };
}
