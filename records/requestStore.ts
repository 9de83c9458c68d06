import { Collection, DuplicateKeyError, Filter, SortKey, StoredDocument } from '../storage/types';

/**
 * What the citizen-request stores (pré-plaintes, holiday watch...) share: a random
 * reference, a status moved by gendarmes, a commune to filter on, and a purge date.
 */
export interface CitizenRequest<S extends string> extends StoredDocument {
  status: S;
  /** Purge date (storage TTL); null when the request is kept for good. */
  expiresAt: Date | null;
  communeInsee: string;
}

export interface RequestQuery<S extends string> {
  status?: S;
  communeInsee?: string;
  limit?: number;
  offset?: number;
}

export type TransitionResult<T, E extends string> =
  | { ok: true; doc: T }
  | { ok: false; error: E | 'not_found' | 'conflict' };

export interface RequestStoreOptions {
  clock?: () => Date;
  newReference?: () => string;
}

export interface RequestStoreConfig {
  clock?: () => Date;
  newReference: () => string;
  /** The list order; ends with the id so that pages are stable. */
  sort: SortKey[];
}

/** A clash of references is astronomically rare; a few retries make it impossible. */
export const REFERENCE_ATTEMPTS = 5;

export function isLapsed(doc: { expiresAt: Date | null }, now: Date): boolean {
  return doc.expiresAt !== null && new Date(doc.expiresAt) <= now;
}

/** The storage logic of a citizen-request store; each store keeps its own rules and logs. */
export class RequestStore<S extends string, T extends CitizenRequest<S>> {
  readonly now: () => Date;

  private readonly reference: () => string;
  private readonly sort: SortKey[];

  constructor(private readonly collection: Collection<T>, config: RequestStoreConfig) {
    this.now = config.clock ?? (() => new Date());
    this.reference = config.newReference;
    this.sort = config.sort;
  }

  /** Inserts what `build` makes of a fresh reference, drawing again on a clash. */
  async insertNew(build: (reference: string) => T): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const doc = build(this.reference());
      try {
        await this.collection.insert(doc);
        return doc;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || attempt >= REFERENCE_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  /** Requests past their purge date are hidden even before the engine sweeps. */
  async list(query: RequestQuery<S> = {}): Promise<T[]> {
    const filter: Record<string, string> = {};
    if (query.status !== undefined) {
      filter.status = query.status;
    }
    if (query.communeInsee !== undefined) {
      filter.communeInsee = query.communeInsee;
    }
    const found = await this.collection.find(filter satisfies Filter, {
      sort: this.sort,
      limit: query.limit ?? 50,
      skip: query.offset ?? 0,
    });
    const now = this.now();
    return found.filter((doc) => !isLapsed(doc, now));
  }

  async get(reference: string): Promise<T | undefined> {
    const doc = await this.collection.get(reference);
    return doc && !isLapsed(doc, this.now()) ? doc : undefined;
  }

  /**
   * Compare-and-set on the current status, so two gendarmes cannot overwrite each other.
   * `refuse` names why the change is not allowed (or undefined); `changes` is the update.
   */
  async transition<E extends string>(
    reference: string,
    refuse: (current: T) => E | undefined,
    changes: (current: T, now: Date) => Partial<T>,
  ): Promise<TransitionResult<T, E>> {
    const current = await this.get(reference);
    if (!current) {
      return { ok: false, error: 'not_found' };
    }
    const refusal = refuse(current);
    if (refusal !== undefined) {
      return { ok: false, error: refusal };
    }
    const updated = await this.collection.update(
      reference, changes(current, this.now()), { status: current.status },
    );
    return updated ? { ok: true, doc: updated } : { ok: false, error: 'conflict' };
  }
}
