import { InvalidQueryError } from './filter';
import { DuplicateKeyError } from './types';

export interface RetryOptions {
  /** Total tries, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Injected in tests, so that no test waits on a real clock. */
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryOptions: RetryOptions = {
  attempts: 4,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Errors that say something about the request: trying again would give the same answer. */
export function isPermanent(error: unknown): boolean {
  return error instanceof DuplicateKeyError || error instanceof InvalidQueryError
    || error instanceof TypeError
    || (error instanceof Error && ['ETagConflictError', 'StoreClosedError'].includes(error.name));
}

/** Exponential backoff with full jitter, so that instances do not retry in step. */
export function backoffDelay(attempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor(Math.random() * ceiling);
}

export async function withRetry<T>(operation: () => Promise<T>,
  options: RetryOptions = defaultRetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (isPermanent(error) || attempt + 1 >= options.attempts) {
        throw error;
      }
      await options.sleep(backoffDelay(attempt, options));
    }
  }
}
