import type { Middleware } from 'botbuilder';
import type { RequestHandler } from 'restify';
import type { Content } from '../content/renderer';
import { trustedProxiesFromEnv } from '../handoff/api/clientAddress';
import { createHttpGuard } from './httpGuard';
import { DEFAULT_LIMITS, type CitizenLimitSettings } from './limits';
import { createTurnGuard } from './turnGuard';

export { DEFAULT_LIMITS, limitsFromEnv, type CitizenLimitSettings } from './limits';
export { isEmergencyText } from './emergency';

export interface CitizenLimits {
  /** server.use(...) it after the body parser: Direct Line's write routes. */
  http: RequestHandler;
  /** adapter.use(...) it before the bot's middleware: every channel's turns. */
  turns: Middleware;
}

export interface CitizenLimitsDeps {
  content: Content;
  limits?: CitizenLimitSettings;
  /** TRUSTED_PROXIES by default. */
  trustedProxies?: readonly string[];
  now?: () => number;
}

/** The 429 text says the wait that Retry-After gives, in seconds, or minutes from 60 s. */
export function tooManyRequests(content: Content, retryAfterSeconds: number): string {
  const minutes = retryAfterSeconds >= 60 ? Math.ceil(retryAfterSeconds / 60) : undefined;
  return content.render('security/tooManyRequests', { seconds: retryAfterSeconds, minutes });
}

/** The rate limits of the citizen endpoints, with their French notices. */
export function createCitizenLimits(deps: CitizenLimitsDeps): CitizenLimits {
  const limits = deps.limits ?? DEFAULT_LIMITS;
  return {
    http: createHttpGuard({
      limits, notice: (seconds) => tooManyRequests(deps.content, seconds), now: deps.now,
      trustedProxies: deps.trustedProxies ?? trustedProxiesFromEnv(process.env),
    }),
    turns: createTurnGuard({
      limit: limits.turnsPerConversation,
      notice: deps.content.render('security/slowDown'), now: deps.now,
    }),
  };
}
