import type { Request, Response, Server } from 'restify';
import type { AgentAuthenticator, AgentPrincipal } from '../core/auth';

/** What the gendarmes' APIs over citizen requests (pré-plaintes, holiday watch) share. */

export type ParsedQuery<Q> = { ok: true; query: Q } | { ok: false; error: string };

export function reply(res: Response, status: number, body: unknown): void {
  // personal data: never kept by a browser or proxy cache
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}

/** The error shape of every API of the server: { error: { code, message } }. */
export function fail(res: Response, status: number, code: string, message: string): void {
  reply(res, status, { error: { code, message } });
}

/**
 * The signed-in agent, or undefined once the error has been sent: 401 without a session,
 * 403 `csrf` when a signed-in agent's POST lacks the right X-CSRF-Token (the authenticator
 * only says "no": a read-only check of the same cookie tells the two apart).
 */
export async function principal(
  req: Request,
  res: Response,
  authenticator: AgentAuthenticator,
): Promise<AgentPrincipal | undefined> {
  const agent = await authenticator.authenticate({ headers: req.headers, method: req.method });
  if (agent) {
    return agent;
  }

  const readOnly = req.method === 'GET' || req.method === 'HEAD'
    ? undefined : await authenticator.authenticate({ headers: req.headers, method: 'GET' });
  if (readOnly) {
    fail(res, 403, 'csrf', 'missing or wrong X-CSRF-Token header');
  } else {
    fail(res, 401, 'unauthenticated', 'authentication required');
  }
  return undefined;
}

/** Read from the raw URL: works whether or not the server installed restify's query parser. */
export function queryOf(req: Request): URLSearchParams {
  return new URLSearchParams(req.getQuery() ?? '');
}

export function referenceOf(
  req: Request,
  normalize: (raw: string) => string | undefined,
): string | undefined {
  const raw: unknown = req.params?.reference;
  return typeof raw === 'string' ? normalize(raw) : undefined;
}

/** The filters every list of these APIs understands. */
export const LIST_PARAMETERS: readonly string[] = ['status', 'commune', 'limit', 'offset'];

/**
 * An unknown parameter (a typo, or `status[$ne]=x` from a client that speaks operators) or
 * one given twice is refused, so that nobody reads an unfiltered list as a filtered one.
 */
export function unexpectedParameter(params: URLSearchParams): string | undefined {
  const names = [...params.keys()];
  const unknown = names.find((name) => !LIST_PARAMETERS.includes(name));
  if (unknown !== undefined) {
    return `unknown parameter ${JSON.stringify(unknown.slice(0, 40))}: ` +
      `use ${LIST_PARAMETERS.join(', ')}`;
  }
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  return repeated === undefined ? undefined : `${repeated} may be given once`;
}

export interface ListAndReadRoutes<T, Q> {
  path: string;
  authenticator: AgentAuthenticator;
  parseQuery: (params: URLSearchParams) => ParsedQuery<Q>;
  list: (query: Q) => Promise<T[]>;
  get: (reference: string) => Promise<T | undefined>;
  normalizeReference: (raw: string) => string | undefined;
  /** What a list shows; personal details only in the full read. */
  summary: (doc: T) => Record<string, unknown>;
  full: (doc: T) => Record<string, unknown>;
  /** The 404 message, naming the kind of request. */
  notFound: string;
  /** Reading a citizen's file is an auditable act: the caller logs it. */
  onRead: (doc: T, agent: AgentPrincipal) => void;
}

/** GET `path` (filtered list) and GET `path/:reference` (one in full), agents only. */
export function registerListAndRead<T, Q>(server: Server, routes: ListAndReadRoutes<T, Q>): void {
  const { path, authenticator } = routes;

  server.get(path, async (req: Request, res: Response) => {
    if (!(await principal(req, res, authenticator))) {
      return;
    }
    const params = queryOf(req);
    const unexpected = unexpectedParameter(params);
    if (unexpected !== undefined) {
      fail(res, 400, 'invalid_request', unexpected);
      return;
    }
    const parsed = routes.parseQuery(params);
    if (!parsed.ok) {
      fail(res, 400, 'invalid_request', parsed.error);
      return;
    }
    const docs = await routes.list(parsed.query);
    reply(res, 200, { items: docs.map(routes.summary) });
  });

  server.get(`${path}/:reference`, async (req: Request, res: Response) => {
    const agent = await principal(req, res, authenticator);
    if (!agent) {
      return;
    }
    const reference = referenceOf(req, routes.normalizeReference);
    const doc = reference === undefined ? undefined : await routes.get(reference);
    if (!doc) {
      fail(res, 404, 'not_found', routes.notFound);
      return;
    }
    routes.onRead(doc, agent);
    reply(res, 200, routes.full(doc));
  });
}
