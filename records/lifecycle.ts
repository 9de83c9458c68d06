import { AgentStatus, PreComplaintRecord, RECORD_STATUSES, RecordStatus } from './types';

/** Unsigned pré-plaintes are deleted 30 days after submission (the service's own rule). */
export const RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionEnd(from: Date): Date {
  return new Date(from.getTime() + RETENTION_DAYS * DAY_MS);
}

export function isAgentStatus(value: unknown): value is AgentStatus {
  return typeof value === 'string' && value !== 'submitted' &&
    (RECORD_STATUSES as readonly string[]).includes(value);
}

export function isRecordStatus(value: unknown): value is RecordStatus {
  return typeof value === 'string' && (RECORD_STATUSES as readonly string[]).includes(value);
}

/** Statuses only move forward: a record signed cannot go back to "called back". */
export function canMove(from: RecordStatus, to: AgentStatus): boolean {
  return RECORD_STATUSES.indexOf(to) > RECORD_STATUSES.indexOf(from);
}

/**
 * The purge date after a change. Signing makes the record the basis of a real complaint,
 * so it is no longer purged as a draft; closing a signed record starts a last 30 days
 * (our copy only; the complaint itself lives in the gendarmerie's own software).
 */
export function expiryAfter(record: PreComplaintRecord, to: AgentStatus, now: Date): Date | null {
  if (to === 'signed') {
    return null;
  }
  if (to === 'closed' && record.expiresAt === null) {
    return retentionEnd(now);
  }
  return record.expiresAt;
}

export function isExpired(record: PreComplaintRecord, now: Date): boolean {
  return record.expiresAt !== null && new Date(record.expiresAt) <= now;
}
