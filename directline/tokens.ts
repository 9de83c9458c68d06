import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * Conversation-bound Direct Line tokens. They are HS256 JWTs so that DirectLineJS can read
 * the user id it carries (it decodes tokens with jwt-decode), but only this server can
 * issue them: the signature is an HMAC with DIRECTLINE_SECRET, the secret kept in DATA_DIR
 * (directline/secretFile.ts), or a per-process secret.
 */
export interface TokenClaims {
  /** The only conversation this token opens. */
  conv: string;
  /** The user id the server writes on every activity posted with this token. */
  user: string;
  iat: number;
  exp: number;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

/** 30 minutes: DirectLineJS refreshes every 15 minutes, half of Azure's token lifetime. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 1800;

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const field = (name: string): unknown => Reflect.get(value, name);
  return typeof field('conv') === 'string' && typeof field('user') === 'string'
    && typeof field('iat') === 'number' && typeof field('exp') === 'number';
}

function parsePayload(segment: string): TokenClaims | undefined {
  try {
    const payload: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return isClaims(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

export class TokenService {
  private readonly secret: Buffer;

  /** `now` returns seconds since the epoch; tests pass a fake clock. */
  constructor(
    secret: string | undefined,
    readonly lifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS,
    private readonly now: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const iat = this.now();
    const claims: TokenClaims = {
      conv: conversationId, user: userId, iat, exp: iat + this.lifetimeSeconds,
    };
    const unsigned = `${HEADER}.${base64url(JSON.stringify(claims))}`;
    return { token: `${unsigned}.${this.sign(unsigned)}`, expiresIn: this.lifetimeSeconds };
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) {
      return { ok: false, reason: 'malformed' };
    }

    const expected = Buffer.from(this.sign(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: 'bad_signature' };
    }

    const claims = parsePayload(parts[1]);
    if (!claims) {
      return { ok: false, reason: 'malformed' };
    }
    return claims.exp <= this.now() ? { ok: false, reason: 'expired' } : { ok: true, claims };
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.secret).update(unsigned).digest('base64url');
  }
}
