import { componentLogger } from '../core/logger';
import { Collection, CollectionSpec } from '../storage/types';
import { canMove, expiryAfter, retentionEnd } from './lifecycle';
import { newReference } from './reference';
import { RequestQuery, RequestStore, RequestStoreOptions } from './requestStore';
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

export type RecordQuery = RequestQuery<RecordStatus>;

export type StatusChangeResult =
  | { ok: true; record: PreComplaintRecord }
  | { ok: false; error: 'not_found' | 'invalid_transition' | 'conflict' };

export type PreComplaintStoreOptions = RequestStoreOptions;

/** Submitted pré-plaintes: written once by the citizen's dialog, then read by gendarmes. */
export class PreComplaintStore {
  private readonly requests: RequestStore<RecordStatus, PreComplaintRecord>;

  constructor(
    collection: Collection<PreComplaintRecord>,
    options: PreComplaintStoreOptions = {},
  ) {
    this.requests = new RequestStore(collection, {
      clock: options.clock,
      newReference: options.newReference ?? (() => newReference()),
      sort: [{ field: 'submittedAt', direction: -1 }, { field: 'id', direction: 1 }],
    });
  }

  async submit(content: PreComplaintContent, channel: string): Promise<PreComplaintRecord> {
    const now = this.requests.now();

    const record = await this.requests.insertNew((id) => ({
      id,
      status: 'submitted',
      submittedAt: now,
      updatedAt: now,
      expiresAt: retentionEnd(now),
      communeInsee: content.facts.commune.inseeCode,
      channel,
      content,
      history: [{ status: 'submitted', at: now }],
    }));

    log.info('pre-complaint submitted', { reference: record.id, offence: content.offence });
    return record;
  }

  /** Newest first; records past their purge date are hidden even before the engine sweeps. */
  async list(query: RecordQuery = {}): Promise<PreComplaintRecord[]> {
    return this.requests.list(query);
  }

  async get(reference: string): Promise<PreComplaintRecord | undefined> {
    return this.requests.get(reference);
  }

  /** Compare-and-set on the current status, so two gendarmes cannot overwrite each other. */
  async changeStatus(
    reference: string,
    status: AgentStatus,
    agentId: string,
  ): Promise<StatusChangeResult> {
    const result = await this.requests.transition(
      reference,
      (record) => (canMove(record.status, status) ? undefined : 'invalid_transition'),
      (record, now) => ({
        status,
        updatedAt: now,
        expiresAt: expiryAfter(record, status, now),
        history: [...record.history, { status, at: now, agentId }],
      }),
    );

    if (!result.ok) {
      return result;
    }
    log.info('pre-complaint status changed', { reference, status, agentId });
    return { ok: true, record: result.doc };
  }
}
