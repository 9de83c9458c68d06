import type { Request, Response } from 'restify';
import type { AgentPrincipal } from '../../core/auth';
import type { AuditLog } from '../audit';
import type { AccountStore } from '../auth/accounts';
import type { AgentAuth } from '../auth/authenticator';
import { HandoffError } from '../errors';
import type { PresenceRegistry } from '../presence';
import type { HandoffQueue } from '../queue';
import type { HandoffService } from '../service';
import type { TranscriptStore } from '../transcript';
import type { ConsoleLabels } from '../consoleLabels';
import type { HandoffOptions } from '../options';
import { sendError } from './http';

/** Everything the agent API routes need. */
export interface AgentApiDeps {
  auth: AgentAuth;
  accounts: AccountStore;
  service: HandoffService;
  queue: HandoffQueue;
  transcript: TranscriptStore;
  presence: PresenceRegistry;
  audit: AuditLog;
  options: HandoffOptions;
  /** French labels of the codes the console shows (topics, situations, reasons...). */
  labels: ConsoleLabels;
  /** Mark the session cookie Secure (the console is served over https, maybe via a proxy). */
  secureCookies: boolean;
  /** Peers whose X-Forwarded-For names the client address (sign-in throttling). */
  trustedProxies: readonly string[];
  /** Session lifetime, for the cookie's Max-Age. */
  sessionSeconds: number;
}

export type Handler = (req: Request, res: Response) => Promise<void>;
export type AgentHandler = (req: Request, res: Response, principal: AgentPrincipal)
=> Promise<void>;

/** Wraps a handler so that every failure becomes the stable JSON error shape. */
export function handle(handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      sendError(res, error);
    }
  };
}

/** Signed-in agents only (CSRF checked on state-changing methods), optionally by role. */
export function signedIn(deps: AgentApiDeps, handler: AgentHandler,
  roles?: ReadonlyArray<AgentPrincipal['role']>): Handler {
  return handle(async (req, res) => {
    const principal = await deps.auth.check({ headers: req.headers, method: req.method });
    if (roles && !roles.includes(principal.role)) {
      throw new HandoffError('forbidden', `requires role ${roles.join(' or ')}`);
    }
    await handler(req, res, principal);
  });
}

export function param(req: Request, name: string): string {
  const params: unknown = req.params;
  const value = typeof params === 'object' && params !== null && name in params
    ? Object.entries(params).find(([key]) => key === name)?.[1] : undefined;
  if (typeof value !== 'string' || value === '' || value.length > 512) {
    throw new HandoffError('invalid_request', `${name} is missing or too long`);
  }
  return value;
}

export function queryValue(req: Request, name: string): string | undefined {
  const url = new URL(req.url ?? '/', 'http://localhost');
  return url.searchParams.get(name) ?? undefined;
}
