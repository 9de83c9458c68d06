import type { RequestCredentials } from '../../core/auth';

export const SESSION_COOKIE = 'bn_agent';
export const CSRF_HEADER = 'x-csrf-token';

function header(request: RequestCredentials, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function readHeader(request: RequestCredentials, name: string): string | undefined {
  return header(request, name);
}

export function readCookie(request: RequestCredentials, name: string): string | undefined {
  const raw = header(request, 'cookie');
  if (!raw) {
    return undefined;
  }
  for (const part of raw.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return part.slice(index + 1).trim();
    }
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it). */
export function sessionCookie(token: string, options: CookieOptions): string {
  return [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict',
    `Max-Age=${options.maxAgeSeconds}`, ...(options.secure ? ['Secure'] : [])].join('; ');
}

export function clearedCookie(secure: boolean): string {
  return sessionCookie('', { secure, maxAgeSeconds: 0 });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function changesState(method: string | undefined): boolean {
  return !SAFE_METHODS.has((method ?? 'GET').toUpperCase());
}
