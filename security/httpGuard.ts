import type { Next, Request, RequestHandler, Response } from 'restify';
import { componentLogger } from '../core/logger';
import { clientAddress } from '../handoff/api/clientAddress';
import { errorBody } from '../server/apiError';
import { isEmergencyText } from './emergency';
import type { CitizenLimitSettings } from './limits';
import { RateLimiter, type Decision } from './rateLimit';

const log = componentLogger('security.limits');

const DL = '/v3/directline';
const CREATE_PATHS: readonly string[] = [`${DL}/tokens/generate`, `${DL}/conversations`];
const ACTIVITIES_PATH = `${DL}/conversations/:conversationId/activities`;

export interface HttpGuardDeps {
  limits: CitizenLimitSettings;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES). */
  trustedProxies: readonly string[];
  /** The French text a refused client receives in `error.message`, saying Retry-After's wait. */
  notice: (retryAfterSeconds: number) => string;
  now?: () => number;
}

function textOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? Reflect.get(body, 'text') : undefined;
}


/**
 * Direct Line's write routes, limited per address and per conversation before any work
 * (storage, bot turn) is done. Reads (GET) are not limited: polling clients read often.
 * A message that triage calls an emergency always passes.
 */
export function createHttpGuard(deps: HttpGuardDeps): RequestHandler {
  const created = new RateLimiter(deps.limits.conversationsPerIp, deps.now);
  const perIp = new RateLimiter(deps.limits.requestsPerIp, deps.now);
  const perConversation = new RateLimiter(deps.limits.requestsPerConversation, deps.now);

  const refuse = (res: Response, decision: Decision, tier: string, route: string): false => {
    log.info('rate limited', { event: 'rate_limited', tier, route });
    res.header('Retry-After', String(decision.retryAfterSeconds));
    res.send(429, errorBody('TooManyRequests', deps.notice(decision.retryAfterSeconds)));
    return false;
  };

  return (req: Request, res: Response, next: Next) => {
    const route = req.getRoute()?.path;
    if (req.method !== 'POST' || typeof route !== 'string' || !route.startsWith(DL)) {
      return next();
    }
    const creating = CREATE_PATHS.includes(route) && req.headers.authorization === undefined;
    const conversationId: unknown = req.params?.conversationId;

    // behind a trusted proxy, the client its X-Forwarded-For names; else the peer itself
    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'],
      deps.trustedProxies);
    const byIp = (creating ? created : perIp).take(address);
    const byConversation = byIp.allowed && route === ACTIVITIES_PATH
      && typeof conversationId === 'string' ? perConversation.take(conversationId) : undefined;
    if (byIp.allowed && byConversation?.allowed !== false) {
      return next();
    }

    // triage only runs for a refused message: the common case costs nothing more
    if (route === ACTIVITIES_PATH && isEmergencyText(textOf(req.body))) {
      return next();
    }
    if (!byIp.allowed) {
      return next(refuse(res, byIp, creating ? 'conversations_per_ip' : 'requests_per_ip', route));
    }
    return next(refuse(res, byConversation ?? byIp, 'requests_per_conversation', route));
  };
}
