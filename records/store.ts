import { componentLogger } from '../core/logger';
import { Collection, CollectionSpec } from '../storage/types';
import {
  canMove, daysAfter, expiryAfter, retentionEnd, signedRetentionDaysFromEnv,
} from './lifecycle';
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

export interface PreComplaintStoreOptions extends RequestStoreOptions {
  /** Days our copy of a signed record is kept; default from the environment (30). */
  signedRetentionDays?: number;
}

/** Submitted pré-plaintes: written once by the citizen's dialog, then read by gendarmes. */
export class PreComplaintStore {
  private readonly requests: RequestStore<RecordStatus, PreComplaintRecord>;
  private readonly signedDays: number;

  constructor(
    private readonly collection: Collection<PreComplaintRecord>,
    options: PreComplaintStoreOptions = {},
  ) {
    this.signedDays = options.signedRetentionDays ?? signedRetentionDaysFromEnv(process.env);
    if (!Number.isFinite(this.signedDays) || this.signedDays <= 0) {
      throw new Error(`signedRetentionDays must be a positive number, got ${this.signedDays}`);
    }
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
        expiresAt: expiryAfter(record, status, now, this.signedDays),
        history: [...record.history, { status, at: now, agentId }],
      }),
    );

    if (!result.ok) {
      return result;
    }
    log.info('pre-complaint status changed', { reference, status, agentId });
    return { ok: true, record: result.doc };
  }

  /**
   * Gives a purge date to records signed when signing removed it (kept forever otherwise):
   * the retention counts from the signature. Run at start; returns how many were dated.
   */
  async dateUndatedSigned(): Promise<number> {
    let dated = 0;
    for (const status of ['signed', 'closed'] as const) {
      const undated = await this.collection.find({ status, expiresAt: null });
      for (const record of undated) {
        const signedAt = record.history.find((change) => change.status === 'signed')?.at
          ?? record.updatedAt;
        const done = await this.collection.update(record.id,
          { expiresAt: daysAfter(new Date(signedAt), this.signedDays) },
          { status, expiresAt: null });
        dated += done ? 1 : 0;
      }
    }
    if (dated > 0) {
      log.info('signed pre-complaints given a purge date', { count: dated });
    }
    return dated;
  }
}
