import type { Request, Response, Server } from 'restify';

/**
 * Every error of our HTTP APIs has one stable JSON shape, `{ error: { code, message } }`,
 * whether it comes from a handler or from restify itself (unknown route, bad JSON, body
 * too large). Messages are written for developers and never echo the request's content.
 */
export interface ErrorBody {
  error: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function sendApiError(res: Response, error: ApiError): void {
  res.send(error.status, errorBody(error.code, error.message));
}

interface RestifyLikeError {
  statusCode?: number;
  body?: { code?: unknown; message?: unknown };
  message?: string;
  toJSON?: () => unknown;
}

/** Restify's own errors (restify-errors) are serialised through toJSON: reshape them. */
export function reshapeRestifyErrors(server: Server): void {
  server.on('restifyError', (
    _req: Request, _res: Response, err: RestifyLikeError, callback: () => void,
  ) => {
    const status = err.statusCode ?? 500;
    const code = typeof err.body?.code === 'string' ? err.body.code : 'InternalError';
    const message = status >= 500 ? 'internal error' : (err.message ?? code);
    err.toJSON = () => errorBody(code, message);
    return callback();
  });
}
