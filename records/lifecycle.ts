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
 * Our copy of a signed pré-plainte is kept this long after signing (the complaint itself
 * now lives in the gendarmerie's own software); RECORDS_SIGNED_RETENTION_DAYS overrides it.
 */
export const SIGNED_RETENTION_DAYS = 30;

/** The operator's setting, or the default; a value that is not a positive number is refused. */
export function signedRetentionDaysFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.RECORDS_SIGNED_RETENTION_DAYS;
  if (raw === undefined || raw === '') {
    return SIGNED_RETENTION_DAYS;
  }
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0) {
    throw new Error(`RECORDS_SIGNED_RETENTION_DAYS must be a positive number, got "${raw}"`);
  }
  return days;
}

export function daysAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}

/**
 * The purge date after a change. Signing starts the signed record's own retention; closing
 * keeps the date already set (a draft closed unsigned keeps its 30 days from submission).
 * A record stored without a date (signed before signed records had one) gets one.
 */
export function expiryAfter(record: PreComplaintRecord, to: AgentStatus, now: Date,
  signedDays: number = SIGNED_RETENTION_DAYS): Date {
  if (to === 'signed' || record.expiresAt === null) {
    return daysAfter(now, signedDays);
  }
  return record.expiresAt;
}

export function isExpired(record: PreComplaintRecord, now: Date): boolean {
  return record.expiresAt !== null && new Date(record.expiresAt) <= now;
}
