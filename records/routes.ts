import type { Request, Response, Server } from 'restify';
import type { AgentAuthenticator, AgentPrincipal } from '../core/auth';
import { componentLogger } from '../core/logger';
import { readJsonBody } from './body';
import { isAgentStatus } from './lifecycle';
import { parseRecordQuery } from './query';
import { normalizeReference } from './reference';
import type { PreComplaintStore, StatusChangeResult } from './store';
import type { PreComplaintRecord } from './types';

const log = componentLogger('records.api');

export const RECORDS_PATH = '/api/records/pre-complaints';

export interface RecordRoutesDeps {
  store: PreComplaintStore;
  authenticator: AgentAuthenticator;
}

/** The list shows what a gendarme needs to triage; personal details only in the full read. */
function summary(record: PreComplaintRecord): Record<string, unknown> {
  return {
    reference: record.id,
    status: record.status,
    submittedAt: record.submittedAt,
    offence: record.content.offence,
    commune: record.content.facts.commune,
    callback: record.content.contact.callback,
  };
}

function full(record: PreComplaintRecord): Record<string, unknown> {
  return {
    reference: record.id,
    status: record.status,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    expiresAt: record.expiresAt,
    channel: record.channel,
    history: record.history,
    ...record.content,
  };
}

function reply(res: Response, status: number, body: unknown): void {
  // personal data: never kept by a browser or proxy cache
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

/** The error shape of every API of the server: { error: { code, message } }. */
function fail(res: Response, status: number, code: string, message: string): void {
  reply(res, status, { error: { code, message } });
}

async function principal(
  req: Request,
  res: Response,
  authenticator: AgentAuthenticator,
): Promise<AgentPrincipal | undefined> {
  const agent = await authenticator.authenticate({ headers: req.headers, method: req.method });
  if (!agent) {
    fail(res, 401, 'unauthenticated', 'authentication required');
  }
  return agent;
}

/** Read from the raw URL: works whether or not the server installed restify's query parser. */
function queryOf(req: Request): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.getQuery() ?? ''));
}

function referenceOf(req: Request): string | undefined {
  const raw: unknown = req.params?.reference;
  return typeof raw === 'string' ? normalizeReference(raw) : undefined;
}

/**
 * The gendarmes' API over submitted pré-plaintes:
 * - GET  /api/records/pre-complaints?status=&commune=&limit=&offset=  newest first
 * - GET  /api/records/pre-complaints/:reference                       one record in full
 * - POST /api/records/pre-complaints/:reference/status {"status": …}  called_back,
 *   appointment_set, signed or closed (forward only)
 * Every route needs a signed-in agent (401 otherwise).
 */
export function registerRecordRoutes(server: Server, deps: RecordRoutesDeps): void {
  const { store, authenticator } = deps;

  server.get(RECORDS_PATH, async (req: Request, res: Response) => {
    if (!(await principal(req, res, authenticator))) {
      return;
    }
    const parsed = parseRecordQuery(queryOf(req));
    if (!parsed.ok) {
      fail(res, 400, 'invalid_request', parsed.error);
      return;
    }
    const records = await store.list(parsed.query);
    reply(res, 200, { items: records.map(summary) });
  });

  server.get(`${RECORDS_PATH}/:reference`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const reference = referenceOf(req);
    const record = reference === undefined ? undefined : await store.get(reference);
    if (!record) {
      fail(res, 404, 'not_found', 'no such pre-complaint');
      return;
    }
    // reading a citizen's file is an auditable act
    log.info('pre-complaint read', { reference: record.id, agentId: agent.agentId });
    reply(res, 200, full(record));
  });

  server.post(`${RECORDS_PATH}/:reference/status`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const body = await readJsonBody(req);
    const status: unknown = body.ok && typeof body.body === 'object' && body.body !== null &&
      'status' in body.body ? body.body.status : undefined;
    if (!isAgentStatus(status)) {
      fail(res, 400, 'invalid_request', body.ok
        ? 'status must be one of called_back, appointment_set, signed, closed'
        : body.error);
      return;
    }
    const reference = referenceOf(req);
    const result: StatusChangeResult = reference === undefined
      ? { ok: false, error: 'not_found' }
      : await store.changeStatus(reference, status, agent.agentId);
    if (result.ok) {
      reply(res, 200, full(result.record));
    } else if (result.error === 'not_found') {
      fail(res, 404, 'not_found', 'no such pre-complaint');
    } else {
      fail(res, 409, 'conflict', result.error === 'conflict'
        ? 'the record changed meanwhile, reload it'
        : 'a status can only move forward: submitted, called_back, appointment_set, ' +
          'signed, closed');
    }
  });
}
