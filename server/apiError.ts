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

/**
 * Restify's own messages quote the request (the whole path of an unknown route, the method,
 * a fragment of a malformed JSON body): each code gets a fixed text instead.
 */
const FIXED_MESSAGES: Readonly<Record<string, string>> = {
  ResourceNotFound: 'no such route',
  MethodNotAllowed: 'method not allowed on this route',
  InvalidContent: 'the body is not valid JSON',
  BadRequest: 'bad request',
  PayloadTooLarge: 'the body is too large',
  RequestEntityTooLarge: 'the body is too large',
  UnsupportedMediaType: 'unsupported content type',
  NotAcceptable: 'no acceptable representation',
  UriTooLong: 'the address is too long',
};

function fixedMessage(code: string, status: number): string {
  if (status >= 500) {
    return 'internal error';
  }
  return FIXED_MESSAGES[code] ?? 'request refused';
}

/** Restify's own errors (restify-errors) are serialised through toJSON: reshape them. */
export function reshapeRestifyErrors(server: Server): void {
  server.on('restifyError', (
    _req: Request, _res: Response, err: RestifyLikeError, callback: () => void,
  ) => {
    const status = err.statusCode ?? 500;
    const code = typeof err.body?.code === 'string' ? err.body.code : 'InternalError';
    const message = fixedMessage(code, status);
    err.toJSON = () => errorBody(code, message);
    return callback();
  });
}
