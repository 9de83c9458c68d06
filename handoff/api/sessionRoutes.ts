import type { Server } from 'restify';
import { HandoffError } from '../errors';
import { clearedCookie, sessionCookie } from '../auth/cookies';
import { isPresenceStatus } from '../presence';
import { clientAddress } from './clientAddress';
import { type AgentApiDeps, handle, signedIn } from './context';
import { readBody, sendJson, stringField } from './http';

/** Same-origin check for sign-in, which has no session (and so no CSRF token) yet. */
function checkOrigin(headers: Record<string, string | string[] | undefined>): void {
  const origin = headers.origin;
  const host = headers.host;
  if (typeof origin === 'string' && origin !== 'null') {
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      // a malformed Origin is treated as foreign
    }
    if (originHost !== host) {
      throw new HandoffError('forbidden', 'cross-origin sign-in refused');
    }
  }
}

/** Secure when configured, or when a proxy says the console was reached over https (the
 * header can only add the flag, never remove it). */
function secure(deps: AgentApiDeps, headers: Record<string, string | string[] | undefined>):
boolean {
  return deps.secureCookies || headers['x-forwarded-proto'] === 'https';
}

export function registerSessionRoutes(server: Server, deps: AgentApiDeps): void {
  server.post('/api/agent/session', handle(async (req, res) => {
    checkOrigin(req.headers);
    const body = await readBody(req);
    const login = stringField(body, 'login', 64);
    const password = stringField(body, 'password', 256);

    const address = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'],
      deps.trustedProxies);
    const { token, session } = await deps.auth.signIn(login, password, address);
    await deps.audit.record({ agentId: session.agentId, sessionId: session.id }, 'sign-in');
    deps.presence.set(session.agentId, 'online');
    res.setHeader('Set-Cookie', sessionCookie(token, { secure: secure(deps, req.headers),
      maxAgeSeconds: deps.sessionSeconds }));
    sendJson(res, 200, { agentId: session.agentId, role: session.role,
      csrfToken: session.csrfToken, presence: 'online' });
  }));

  server.get('/api/agent/session', signedIn(deps, async (req, res, principal) => {
    const session = await deps.auth.session({ headers: req.headers });
    sendJson(res, 200, { agentId: principal.agentId, role: principal.role,
      csrfToken: session?.csrfToken, presence: deps.presence.get(principal.agentId) });
  }));

  server.del('/api/agent/session', signedIn(deps, async (req, res, principal) => {
    const stillOpen = await deps.auth.signOut(principal);
    // another browser signed in as the same gendarme keeps him available (tester14's F9);
    // its console closing later makes him offline, as for any last console
    if (stillOpen === 0) {
      deps.presence.set(principal.agentId, 'offline');
    }
    await deps.audit.record(principal, 'sign-out');
    res.setHeader('Set-Cookie', clearedCookie(secure(deps, req.headers)));
    sendJson(res, 200, { signedOut: true, presence: deps.presence.get(principal.agentId) });
  }));

  server.put('/api/agent/presence', signedIn(deps, async (req, res, principal) => {
    const status = (await readBody(req)).status;
    if (!isPresenceStatus(status)) {
      throw new HandoffError('invalid_request', 'status must be online, busy or offline');
    }

    deps.presence.set(principal.agentId, status);
    await deps.audit.record(principal, 'presence', undefined, status);
    sendJson(res, 200, { presence: status });
  }));

  server.get('/api/agent/agents', signedIn(deps, async (_req, res) => {
    const agents = await Promise.all(deps.presence.all().map(async (agent) => ({
      ...agent, open: await deps.queue.openCount(agent.agentId),
      limit: deps.options.maxOpenPerAgent })));
    sendJson(res, 200, { agents });
  }));

  server.get('/api/agent/audit', signedIn(deps, async (_req, res) => {
    sendJson(res, 200, { entries: await deps.audit.recent(200) });
  }, ['supervisor', 'admin']));
}
