import { componentLogger } from '../core/logger';

const log = componentLogger('bots.emergencies');

/**
 * How many emergencies of each kind, for the service's figures. A kind logged next to the
 * moment of a detection could be tied back to the conversation logged then ("suicide" is
 * health data): the counts are written together, every quarter of an hour and at stop,
 * with no id and no time finer than the period.
 */
export class EmergencyTally {
  private counts = new Map<string, number>();
  private since = new Date();

  add(situation: string | undefined): void {
    const kind = situation ?? 'unknown';
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }

  /** Writes the counts since the last flush, if any, and starts again. */
  flush(now = new Date()): void {
    if (this.counts.size > 0) {
      log.info('emergencies by situation', { event: 'emergency.counts',
        since: this.since.toISOString(), counts: Object.fromEntries(this.counts) });
    }
    this.counts = new Map();
    this.since = now;
  }
}

export const TALLY_PERIOD_MS = 15 * 60 * 1000;
