import { isRecordStatus } from './lifecycle';
import type { RecordQuery } from './store';

export const MAX_PAGE = 100;

/** INSEE commune codes: 5 digits, or 2A/2B + 3 digits for Corsica. */
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

export type QueryResult = { ok: true; query: RecordQuery } | { ok: false; error: string };

function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readCount(raw: string | undefined, min: number, max: number): number | null | undefined {
  if (raw === undefined) {
    return undefined;
  }
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : null;
}

/**
 * The list filters of the gendarmes' API, checked one by one so that a typo gets an error
 * naming the parameter instead of a silently unfiltered list.
 */
export function parseRecordQuery(params: Readonly<Record<string, unknown>>): QueryResult {
  const status = single(params.status);
  if (status !== undefined && !isRecordStatus(status)) {
    return { ok: false, error: 'status must be one of submitted, called_back, ' +
      'appointment_set, signed, closed' };
  }
  const commune = single(params.commune)?.toUpperCase();
  if (commune !== undefined && !INSEE_CODE.test(commune)) {
    return { ok: false, error: 'commune must be an INSEE code such as 35238 or 2A004' };
  }
  const limit = readCount(single(params.limit), 1, MAX_PAGE);
  if (limit === null) {
    return { ok: false, error: `limit must be an integer between 1 and ${MAX_PAGE}` };
  }
  const offset = readCount(single(params.offset), 0, 1_000_000);
  if (offset === null) {
    return { ok: false, error: 'offset must be a non-negative integer' };
  }
  const query: RecordQuery = { limit: limit ?? 50, offset: offset ?? 0 };
  if (status !== undefined && isRecordStatus(status)) {
    query.status = status;
  }
  if (commune !== undefined) {
    query.communeInsee = commune;
  }
  return { ok: true, query };
}
