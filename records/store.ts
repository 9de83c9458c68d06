import { componentLogger } from '../core/logger';
import { Collection, CollectionSpec, DuplicateKeyError, Filter } from '../storage/types';
import { canMove, expiryAfter, isExpired, retentionEnd } from './lifecycle';
import { newReference } from './reference';
import { AgentStatus, PreComplaintContent, PreComplaintRecord, RecordStatus } from './types';

const log = componentLogger('records');

export const PRE_COMPLAINTS: CollectionSpec = {
  name: 'preComplaints',
  indexes: [
    [{ field: 'submittedAt', direction: -1 }],
    [{ field: 'status', direction: 1 }, { field: 'submittedAt', direction: -1 }],
    [{ field: 'communeInsee', direction: 1 }, { field: 'submittedAt', direction: -1 }],
  ],
  ttlField: 'expiresAt',
};

export interface RecordQuery {
  status?: RecordStatus;
  communeInsee?: string;
  limit?: number;
  offset?: number;
}

export type StatusChangeResult =
  | { ok: true; record: PreComplaintRecord }
  | { ok: false; error: 'not_found' | 'invalid_transition' | 'conflict' };

export interface PreComplaintStoreOptions {
  clock?: () => Date;
  newReference?: () => string;
}

/** A clash of references is astronomically rare; a few retries make it impossible. */
const REFERENCE_ATTEMPTS = 5;

/** Submitted pré-plaintes: written once by the citizen's dialog, then read by gendarmes. */
export class PreComplaintStore {
  private readonly clock: () => Date;
  private readonly reference: () => string;

  constructor(
    private readonly collection: Collection<PreComplaintRecord>,
    options: PreComplaintStoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.reference = options.newReference ?? (() => newReference());
  }

  async submit(content: PreComplaintContent, channel: string): Promise<PreComplaintRecord> {
    const now = this.clock();
    for (let attempt = 1; ; attempt += 1) {
      const record: PreComplaintRecord = {
        id: this.reference(),
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
        expiresAt: retentionEnd(now),
        communeInsee: content.facts.commune.inseeCode,
        channel,
        content,
        history: [{ status: 'submitted', at: now }],
      };
      try {
        await this.collection.insert(record);
        log.info('pre-complaint submitted', { reference: record.id, offence: content.offence });
        return record;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || attempt >= REFERENCE_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  /** Newest first; records past their purge date are hidden even before the engine sweeps. */
  async list(query: RecordQuery = {}): Promise<PreComplaintRecord[]> {
    const filter: Record<string, string> = {};
    if (query.status !== undefined) {
      filter.status = query.status;
    }
    if (query.communeInsee !== undefined) {
      filter.communeInsee = query.communeInsee;
    }
    const found = await this.collection.find(filter satisfies Filter, {
      sort: [{ field: 'submittedAt', direction: -1 }, { field: 'id', direction: 1 }],
      limit: query.limit ?? 50,
      skip: query.offset ?? 0,
    });
    const now = this.clock();
    return found.filter((record) => !isExpired(record, now));
  }

  async get(reference: string): Promise<PreComplaintRecord | undefined> {
    const record = await this.collection.get(reference);
    return record && !isExpired(record, this.clock()) ? record : undefined;
  }

  /** Compare-and-set on the current status, so two gendarmes cannot overwrite each other. */
  async changeStatus(
    reference: string,
    status: AgentStatus,
    agentId: string,
  ): Promise<StatusChangeResult> {
    const record = await this.get(reference);
    if (!record) {
      return { ok: false, error: 'not_found' };
    }
    if (!canMove(record.status, status)) {
      return { ok: false, error: 'invalid_transition' };
    }
    const now = this.clock();
    const updated = await this.collection.update(reference, {
      status,
      updatedAt: now,
      expiresAt: expiryAfter(record, status, now),
      history: [...record.history, { status, at: now, agentId }],
    }, { status: record.status });
    if (!updated) {
      return { ok: false, error: 'conflict' };
    }
    log.info('pre-complaint status changed', { reference, status, agentId });
    return { ok: true, record: updated };
  }
}
