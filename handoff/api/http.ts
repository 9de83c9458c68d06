import type { IncomingMessage, ServerResponse } from 'http';
import { componentLogger } from '../../core/logger';
import { HandoffError } from '../errors';
import { readBodyText } from '../../core/httpBody';
import { nestedDeeperThan, TOO_DEEP_MESSAGE } from '../../security/jsonDepth';

const log = componentLogger('handoff.api');

export const MAX_BODY_BYTES = 16 * 1024;

/** Strict headers for the console and its API: no inline script, no framing, no caching. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; "
    + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    + "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    res.setHeader(name, value);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  applySecurityHeaders(res);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Stable error shape: { error: { code, message, retryAfter? } }; unexpected errors say
 * nothing more.
 */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HandoffError) {
    const retry = error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter };
    sendJson(res, error.status,
      { error: { code: error.code, message: error.message, ...retry } });
    return;
  }
  log.error('agent api failure', { error: error instanceof Error ? error.name : 'unknown',
    stack: error instanceof Error ? error.stack : undefined });
  sendJson(res, 500, { error: { code: 'internal', message: 'internal error' } });
}

type ParsedRequest = IncomingMessage & { body?: unknown };

function parse(text: string): Record<string, unknown> {
  if (text.trim() === '') {
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HandoffError('invalid_request', 'body is not valid JSON');
  }
  return objectBody(value);
}

function objectBody(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HandoffError('invalid_request', 'body must be a JSON object');
  }
  if (nestedDeeperThan(value)) {
    throw new HandoffError('invalid_request', TOO_DEEP_MESSAGE);
  }
  return Object.fromEntries(Object.entries(value));
}

/**
 * The JSON object body of a request, read here with a size limit, or taken from a body
 * parser the server may have installed globally.
 */
export async function readBody(req: ParsedRequest): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY_BYTES) {
    throw new HandoffError('too_large', `body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  if (req.body !== undefined) {
    const raw = req.body;
    // already parsed by the server: checked as it is (a deep body would overflow stringify)
    return typeof raw === 'string' || Buffer.isBuffer(raw) ? parse(raw.toString())
      : objectBody(raw);
  }
  if (req.readableEnded) {
    return {};
  }
  if (length > 0 && !type.startsWith('application/json')) {
    throw new HandoffError('invalid_request', 'content-type must be application/json');
  }

  const text = await readBodyText(req, MAX_BODY_BYTES);
  if (text === undefined) {
    throw new HandoffError('too_large', `body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  return parse(text);
}

export function stringField(body: Record<string, unknown>, name: string, max = 256): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') {
    throw new HandoffError('invalid_request', `${name} must be a non-empty string`);
  }
  if (value.length > max) {
    throw new HandoffError('too_large', `${name} must be at most ${max} characters`);
  }
  return value;
}
