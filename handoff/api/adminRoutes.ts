import type { Server } from 'restify';
import { isRole, normalLogin, ROLES } from '../auth/accounts';
import { HandoffError } from '../errors';
import { type AgentApiDeps, param, signedIn } from './context';
import { readBody, sendJson, stringField } from './http';

const BASE = '/api/agent/admin/agents';
const ADMIN = ['admin'] as const;

/**
 * Agent accounts through the API, so that they can be managed while the server holds the
 * embedded store (which `npm run agent` cannot open then). Admins only, CSRF-checked like
 * every change, audited with the login and role (ids, never a password).
 */
export function registerAdminRoutes(server: Server, deps: AgentApiDeps): void {
  server.get(BASE, signedIn(deps, async (_req, res) => {
    sendJson(res, 200, { agents: await deps.accounts.list() });
  }, ADMIN));

  server.post(BASE, signedIn(deps, async (req, res, principal) => {
    const body = await readBody(req);
    const login = stringField(body, 'login', 64);
    const role = body.role;
    if (!isRole(role)) {
      throw new HandoffError('invalid_request', `role must be one of ${ROLES.join(', ')}`);
    }
    const password = stringField(body, 'password', 256);

    const account = await deps.accounts.create(login, role, password);
    await deps.audit.record(principal, 'agent-create', undefined, `${account.id}:${role}`);
    sendJson(res, 201, { login: account.id, role: account.role, disabled: account.disabled });
  }, ADMIN));

  server.put(`${BASE}/:login`, signedIn(deps, async (req, res, principal) => {
    const login = param(req, 'login');
    const body = await readBody(req);
    const disabled = body.disabled;
    if (disabled !== undefined && typeof disabled !== 'boolean') {
      throw new HandoffError('invalid_request', 'disabled must be true or false');
    }
    if (disabled === undefined && body.password === undefined) {
      throw new HandoffError('invalid_request', 'give password and/or disabled');
    }
    if (disabled === true && normalLogin(login) === normalLogin(principal.agentId)) {
      throw new HandoffError('invalid_request', 'an admin cannot disable their own account');
    }

    if (body.password !== undefined) {
      await deps.accounts.setPassword(login, stringField(body, 'password', 256));
      await deps.audit.record(principal, 'agent-password', undefined, login);
    }
    if (disabled !== undefined) {
      await deps.accounts.setDisabled(login, disabled);
      await deps.audit.record(principal, disabled ? 'agent-disable' : 'agent-enable',
        undefined, login);
    }
    const account = await deps.accounts.get(login);
    sendJson(res, 200, { login, role: account?.role, disabled: account?.disabled });
  }, ADMIN));
}
