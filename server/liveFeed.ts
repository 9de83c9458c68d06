import { componentLogger } from '../core/logger';
import type { Subscription } from '../storage/types';

const log = componentLogger('cluster');

/** Opens a subscription whose failures are reported to `onError`. */
export type OpenFeed = (onError: (error: Error) => void) => Subscription;

export interface LiveFeed {
  /** True while the feed is open and sure to deliver every later change. */
  live(): boolean;
  /** Resolves once the first subscription is live. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * A change feed kept open for the life of the process: when it fails (a MongoDB change
 * stream dies with its connection), it is opened again after `retryMs`, and `onReopened`
 * lets its user read what it may have missed meanwhile.
 */
export function keepSubscribed(name: string, open: OpenFeed, onReopened: () => void,
  retryMs = 1000): LiveFeed {
  let current: Subscription | undefined;
  let live = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });

  const failed = (subscription: Subscription) => (error: Error) => {
    if (closed || subscription !== current || retry !== undefined) {
      return;
    }
    live = false;
    log.error('cluster.feed_lost', { feed: name, error: error.name });
    void subscription.close().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      start(true);
    }, retryMs);
    retry.unref();
  };

  function start(again: boolean): void {
    let subscription: Subscription | undefined;
    const onError = (error: Error) => {
      if (subscription !== undefined) {
        failed(subscription)(error);
      }
    };
    try {
      subscription = open(onError);
    } catch (error) {
      subscription = { ready: Promise.reject(error), close: async () => undefined };
    }
    current = subscription;
    const opened = subscription;
    opened.ready.then(() => {
      if (closed || opened !== current) {
        return;
      }
      live = true;
      markReady();
      if (again) {
        log.info('cluster.feed_restored', { feed: name });
        onReopened();
      }
    }, (error: unknown) => failed(opened)(error instanceof Error ? error : new Error('feed')));
  }

  start(false);
  return {
    live: () => live,
    ready,
    close: async () => {
      closed = true;
      live = false;
      if (retry !== undefined) {
        clearTimeout(retry);
      }
      await current?.close();
    },
  };
}
