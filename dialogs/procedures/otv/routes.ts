import type { Request, Response, Server } from 'restify';
import type { AgentAuthenticator, AgentPrincipal } from '../../../core/auth';
import { componentLogger } from '../../../core/logger';
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
  req: Request, res: Response, authenticator: AgentAuthenticator,
): Promise<AgentPrincipal | undefined> {
  const agent = await authenticator.authenticate({ headers: req.headers, method: req.method });
  if (!agent) {
    fail(res, 401, 'unauthenticated', 'authentication required');
  }
  return agent;
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

function referenceOf(req: Request): string | undefined {
  const raw: unknown = req.params?.reference;
  return typeof raw === 'string' ? normalizeOtvReference(raw) : undefined;
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

  server.get(OTV_PATH, async (req: Request, res: Response) => {
    if (!(await principal(req, res, authenticator))) {
      return;
    }
    const parsed = parseOtvQuery(new URLSearchParams(req.getQuery() ?? ''));
    if (!parsed.ok) {
      fail(res, 400, 'invalid_request', parsed.error);
      return;
    }
    const requests = await store.list(parsed.query);
    reply(res, 200, { items: requests.map(summary) });
  });

  server.get(`${OTV_PATH}/:reference`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const reference = referenceOf(req);
    const request = reference === undefined ? undefined : await store.get(reference);
    if (!request) {
      fail(res, 404, 'not_found', 'no such holiday-watch request');
      return;
    }
    // reading a citizen's request is an auditable act
    log.info('otv read', { reference: request.id, agentId: agent.agentId });
    reply(res, 200, full(request));
  });

  server.post(`${OTV_PATH}/:reference/handled`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const reference = referenceOf(req);
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
