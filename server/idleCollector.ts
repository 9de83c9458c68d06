import type { Middleware, TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import type { Collector } from './startGarbage';

export interface IdleCollectorOptions {
  /** V8's low-memory collection (`reducingCollector`), run once traffic has stopped. */
  collect: Collector;
  /** How long no turn must have started before the collection runs. */
  quietMs?: number;
  /** How many turns since the last collection make one worth its pause. */
  minTurns?: number;
  /** How often the quiet is checked (the timer never keeps the process up). */
  checkMs?: number;
  clock?: () => number;
}

const log = componentLogger('server.idle_collector');

/**
 * Gives the young generation back once a burst of turns is over. Under load V8 grows its
 * semi-spaces to their maximum (16 MB each with the server's flags), and a plain collection
 * keeps them committed: a server that has just served thousands of citizens would hold ~20 MB
 * it no longer needs until V8's own memory reducer, which may wait much longer, shrinks them.
 * One low-memory collection (tens of ms on the main thread) when no turn has started for
 * `quietMs`, and only after `minTurns` turns, so a quiet server is never collected twice for
 * nothing and a busy one never pauses for it. A failed collection changes nothing.
 */
export class IdleCollector implements Middleware {
  private readonly quietMs: number;
  private readonly minTurns: number;
  private readonly clock: () => number;
  private turnsSince = 0;
  private lastTurnAt = 0;
  private collecting = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: IdleCollectorOptions) {
    this.quietMs = options.quietMs ?? 2_000;
    this.minTurns = options.minTurns ?? 500;
    this.clock = options.clock ?? Date.now;
  }

  async onTurn(_context: TurnContext, next: () => Promise<void>): Promise<void> {
    this.turnsSince += 1;
    this.lastTurnAt = this.clock();
    await next();
  }

  /** Starts watching for the quiet after a burst. */
  start(): void {
    if (this.timer === undefined) {
      this.timer = setInterval(() => void this.collectIfQuiet(), this.options.checkMs ?? 1_000);
      this.timer.unref();
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs the collection when a burst is over; resolves whether it ran. */
  async collectIfQuiet(): Promise<boolean> {
    const quiet = this.clock() - this.lastTurnAt >= this.quietMs;
    if (this.collecting || !quiet || this.turnsSince < this.minTurns) {
      return false;
    }

    this.collecting = true;
    const turns = this.turnsSince;
    this.turnsSince = 0;
    const started = this.clock();
    try {
      await this.options.collect();
      log.debug('young generation given back after a burst',
        { event: 'gc.idle', turns, ms: this.clock() - started });
      return true;
    } catch {
      return false;
    } finally {
      this.collecting = false;
    }
  }
}
