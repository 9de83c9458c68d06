import { DuplicateKeyError, type Collection, type StoredDocument } from '../storage/types';

export type CountField = 'none' | 'lowConfidence' | 'ambiguous';

export interface DayCountsDocument extends StoredDocument {
  /** YYYY-MM-DD (UTC); also the id. */
  day: string;
  none: number;
  lowConfidence: number;
  ambiguous: number;
}

type Counts = Record<CountField, number>;

interface Batch {
  counts: Counts;
  settle: Array<(error?: unknown) => void>;
}

const MAX_ATTEMPTS = 10;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One compare-and-set applies a whole batch of increments to a day's counts. Another
 * instance may have written meanwhile: read again and retry, waiting a little longer each
 * time so that instances do not keep colliding.
 */
async function apply(days: Collection<DayCountsDocument>, day: string, counts: Counts):
Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const current = await days.get(day);
    if (current === undefined) {
      try {
        await days.insert({ id: day, day, ...counts });
        return;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) {
          throw error;
        }
        continue;
      }
    }

    const { none, lowConfidence, ambiguous } = current;
    const changes = { none: none + counts.none, lowConfidence: lowConfidence
      + counts.lowConfidence, ambiguous: ambiguous + counts.ambiguous };
    if (await days.update(day, changes, { none, lowConfidence, ambiguous })) {
      return;
    }
    await sleep(Math.random() * 2 ** attempt);
  }
  throw new Error(`could not count unanswered messages for ${day}`);
}

/**
 * Per-day counters, since the storage contract has no atomic increment. Increments that
 * arrive while a write is under way are merged into the next one: under a burst, the
 * process writes one document per day at a time instead of racing itself on it (200
 * conversations at once used to exhaust the retries and lose counts).
 */
export class DayCounts {
  private readonly pending = new Map<string, Batch>();
  private flushing = false;

  constructor(private readonly days: Collection<DayCountsDocument>) {}

  /** Resolves once the increment is stored; rejects if it could not be. */
  add(day: string, field: CountField): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const batch = this.pending.get(day)
        ?? { counts: { none: 0, lowConfidence: 0, ambiguous: 0 }, settle: [] };
      batch.counts[field] += 1;
      batch.settle.push((error) => (error === undefined ? resolve() : reject(error)));
      this.pending.set(day, batch);
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) {
      return;
    }
    this.flushing = true;

    while (this.pending.size > 0) {
      const batches = [...this.pending];
      this.pending.clear();
      await Promise.all(batches.map(async ([day, batch]) => {
        const error = await apply(this.days, day, batch.counts).then(() => undefined,
          (failure: unknown) => failure ?? new Error('count failed'));
        batch.settle.forEach((settle) => settle(error));
      }));
    }

    this.flushing = false;
  }
}
