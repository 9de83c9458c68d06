/**
 * Runs tasks one after the other per key, and tasks of different keys concurrently.
 * Used for conversation turns (state must not be written by two turns at once) and for
 * the Direct Line log (activities reach the stream in the order of their ids).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private running = 0;
  private idleWaiters: Array<() => void> = [];

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    this.running += 1;

    const result = previous.then(task, task);
    const tail: Promise<void> = result.then(() => undefined, () => undefined)
      .then(() => this.settle(key, tail));
    this.tails.set(key, tail);

    return result;
  }

  /** Tasks queued or running, all keys together. */
  get size(): number {
    return this.running;
  }

  /** Resolves once every task queued so far (and any queued meanwhile) has finished. */
  drain(): Promise<void> {
    if (this.running === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private settle(key: string, tail: Promise<unknown>): void {
    this.running -= 1;
    if (this.tails.get(key) === tail) {
      this.tails.delete(key);
    }
    if (this.running === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  }
}
