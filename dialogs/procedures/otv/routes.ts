import type { Request, Response, Server } from 'restify';
import type { AgentAuthenticator } from '../../../core/auth';
import { componentLogger } from '../../../core/logger';
import {
  fail, principal, referenceOf, registerListAndRead, reply,
} from '../../../records/routeHelpers';
import { normalizeOtvReference, OtvQuery, OtvStore } from './store';
import { OTV_STATUSES, OtvRequest, OtvStatus } from './types';

const log = componentLogger('procedure.otv.api');

export const OTV_PATH = '/api/records/otv';

const MAX_PAGE = 100;
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

export interface OtvRoutesDeps {
  store: OtvStore;
  authenticator: AgentAuthenticator;
}

/** What a gendarme needs to plan patrols; names and phones only in the full read. */
function summary(request: OtvRequest): Record<string, unknown> {
  return {
    reference: request.id,
    status: request.status,
    submittedAt: request.submittedAt,
    absence: request.content.absence,
    commune: request.content.address.commune,
  };
}

function full(request: OtvRequest): Record<string, unknown> {
  return {
    reference: request.id, status: request.status, submittedAt: request.submittedAt,
    updatedAt: request.updatedAt, expiresAt: request.expiresAt, channel: request.channel,
    history: request.history, ...request.content,
  };
}

function isStatus(value: string): value is OtvStatus {
  return OTV_STATUSES.some((status) => status === value);
}

type QueryResult = { ok: true; query: OtvQuery } | { ok: false; error: string };

function count(raw: string | null, min: number, max: number): number | null | undefined {
  if (raw === null) {
    return undefined;
  }
  return /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : null;
}

/** Each filter is checked: a typo gets an error, not a silently unfiltered list. */
export function parseOtvQuery(params: URLSearchParams): QueryResult {
  const status = params.get('status');
  const commune = params.get('commune')?.toUpperCase() ?? null;
  const limit = count(params.get('limit'), 1, MAX_PAGE);
  const offset = count(params.get('offset'), 0, Number.MAX_SAFE_INTEGER);

  if (status !== null && !isStatus(status)) {
    return { ok: false, error: `status must be one of ${OTV_STATUSES.join(', ')}` };
  }
  if (commune !== null && !INSEE_CODE.test(commune)) {
    return { ok: false, error: 'commune must be an INSEE code such as 35238 or 2A004' };
  }
  if (limit === null) {
    return { ok: false, error: `limit must be an integer between 1 and ${MAX_PAGE}` };
  }
  if (offset === null) {
    return { ok: false, error: 'offset must be a non-negative integer' };
  }
  return {
    ok: true,
    query: { status: status ?? undefined, communeInsee: commune ?? undefined, limit, offset },
  };
}

/**
 * The gendarmes' API over holiday-watch requests, in the style of the pré-plaintes one:
 * - GET  /api/records/otv?status=&commune=&limit=&offset=   soonest departure first
 * - GET  /api/records/otv/:reference                        one request in full
 * - POST /api/records/otv/:reference/handled                taken into the patrols
 * Every route needs a signed-in agent (401 otherwise).
 */
export function registerOtvRoutes(server: Server, deps: OtvRoutesDeps): void {
  const { store, authenticator } = deps;

  registerListAndRead(server, {
    path: OTV_PATH,
    authenticator,
    parseQuery: parseOtvQuery,
    list: (query) => store.list(query),
    get: (reference) => store.get(reference),
    normalizeReference: normalizeOtvReference,
    summary,
    full,
    notFound: 'no such holiday-watch request',
    onRead: (request, agent) => {
      log.info('otv read', { reference: request.id, agentId: agent.agentId });
    },
  });

  server.post(`${OTV_PATH}/:reference/handled`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const reference = referenceOf(req, normalizeOtvReference);
    const result = reference === undefined
      ? { ok: false as const, error: 'not_found' as const }
      : await store.markHandled(reference, agent.agentId);
    if (result.ok) {
      reply(res, 200, full(result.request));
    } else if (result.error === 'not_found') {
      fail(res, 404, 'not_found', 'no such holiday-watch request');
    } else {
      fail(res, 409, 'conflict', result.error === 'conflict'
        ? 'the request changed meanwhile, reload it'
        : 'this request is already handled');
    }
  });
}
