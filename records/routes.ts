import type { Request, Response, Server } from 'restify';
import type { AgentAuthenticator } from '../core/auth';
import { componentLogger } from '../core/logger';
import { readJsonBody } from './body';
import { isAgentStatus } from './lifecycle';
import { parseRecordQuery } from './query';
import { normalizeReference } from './reference';
import { fail, principal, referenceOf, registerListAndRead, reply } from './routeHelpers';
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
    // when it happened (no personal detail): the console's list shows it
    facts: { from: record.content.facts.from, to: record.content.facts.to,
      timeZone: record.content.facts.timeZone },
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

  registerListAndRead(server, {
    path: RECORDS_PATH,
    authenticator,
    parseQuery: (params) => parseRecordQuery(Object.fromEntries(params)),
    list: (query) => store.list(query),
    get: (reference) => store.get(reference),
    normalizeReference,
    summary,
    full,
    notFound: 'no such pre-complaint',
    onRead: (record, agent) => {
      log.info('pre-complaint read', { reference: record.id, agentId: agent.agentId });
    },
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
    const reference = referenceOf(req, normalizeReference);
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
