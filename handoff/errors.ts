/** Stable error codes of the handoff part; the agent API maps them to HTTP statuses. */
export type HandoffErrorCode =
  | 'invalid_request'
  | 'not_found'
  | 'conflict'
  | 'emergency_waiting'
  | 'forbidden'
  | 'limit_reached'
  | 'unauthenticated'
  | 'csrf'
  | 'locked'
  | 'too_large';

const STATUS: Record<HandoffErrorCode, number> = {
  invalid_request: 400,
  not_found: 404,
  conflict: 409,
  emergency_waiting: 409,
  forbidden: 403,
  limit_reached: 409,
  unauthenticated: 401,
  csrf: 403,
  locked: 429,
  too_large: 413,
};

export class HandoffError extends Error {
  readonly status: number;

  constructor(readonly code: HandoffErrorCode, message: string) {
    super(message);
    this.name = 'HandoffError';
    this.status = STATUS[code];
  }
}
