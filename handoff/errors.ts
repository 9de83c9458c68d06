/** Stable error codes of the handoff part; the agent API maps them to HTTP statuses. */
export type HandoffErrorCode =
  | 'invalid_request'
  | 'not_found'
  | 'conflict'
  | 'emergency_waiting'
  | 'emergency_recent'
  | 'forbidden'
  | 'limit_reached'
  | 'unauthenticated'
  | 'csrf'
  | 'locked'
  | 'address_locked'
  | 'too_large';

const STATUS: Record<HandoffErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  conflict: 409,
  emergency_waiting: 409,
  emergency_recent: 409,
  forbidden: 403,
  limit_reached: 409,
  unauthenticated: 401,
  csrf: 403,
  locked: 429,
  address_locked: 429,
  too_large: 413,
};

/** Every code the agent API answers with (the console has a French text for each). */
export const HANDOFF_ERROR_CODES: readonly HandoffErrorCode[] = Object.keys(STATUS)
  .filter((code): code is HandoffErrorCode => code in STATUS);

export class HandoffError extends Error {
  readonly status: number;

  /**
   * `retryAfter`: seconds before trying again makes sense (the lockouts), so that the
   * console can say it in French without reading the English message.
   */
  constructor(readonly code: HandoffErrorCode, message: string, readonly retryAfter?: number) {
    super(message);
    this.name = 'HandoffError';
    this.status = STATUS[code];
  }
}
