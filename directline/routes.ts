import type { Request, Response, Server } from 'restify';
import { componentLogger } from '../core/logger';
import { ApiError, errorBody, sendApiError } from '../server/apiError';
import type { DirectLineEndpoint, Grant } from './endpoint';
import { checkJsonBody } from './incoming';

export const DIRECTLINE_BASE = '/v3/directline';

const log = componentLogger('directline');

type Handler = (req: Request, res: Response) => Promise<void>;

/** Turns thrown ApiErrors into their JSON answer; anything else is a logged 500. */
function handle(handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof ApiError) {
        sendApiError(res, error);
        return;
      }
      log.error('request failed', { route: req.getRoute().path, error: String(error) });
      res.send(500, errorBody('InternalError', 'internal error'));
    }
  };
}

/**
 * `watermark` query value: absent means "from the start"; otherwise an integer from -1 on
 * (-1 is the watermark we give back while nothing is logged, so clients echo it). A lower
 * one is no watermark of ours: refused like "abc", not read as "everything" (a tester's F8).
 */
export function parseWatermark(raw: string | null): number | undefined {
  if (raw === null || raw === '') {
    return undefined;
  }
  if (!/^(?:-1|\d{1,15})$/.test(raw)) {
    throw new ApiError(400, 'BadArgument', 'watermark must be an integer, -1 or more');
  }
  return Number(raw);
}

function query(req: Request): URLSearchParams {
  return new URLSearchParams(req.getQuery());
}

/** The stream URL, on the host the client reached us by, with the token and watermark. */
function streamUrl(req: Request, grant: Grant, watermark?: number): string {
  const scheme = req.isSecure() ? 'wss' : 'ws';
  const params = new URLSearchParams({ t: grant.token });
  if (watermark !== undefined) {
    params.set('watermark', String(watermark));
  }
  const path = `${DIRECTLINE_BASE}/conversations/${encodeURIComponent(grant.conversationId)}`;
  return `${scheme}://${req.headers.host ?? 'localhost'}${path}/stream?${params.toString()}`;
}

function tokenBody(grant: Grant): Record<string, unknown> {
  return { conversationId: grant.conversationId, token: grant.token, expires_in: grant.expiresIn };
}

function localeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) {
    return undefined;
  }
  const locale: unknown = Reflect.get(body, 'locale');
  return typeof locale === 'string' && locale.length <= 35 ? locale : undefined;
}

/**
 * Direct Line v3 REST routes. Token generation is public: our page is its own token
 * server, since a self-hosted chat has no Azure secret to hide.
 */
export function registerDirectLineRoutes(server: Server, endpoint: DirectLineEndpoint): void {
  server.post(`${DIRECTLINE_BASE}/tokens/generate`, handle(async (_req, res) => {
    res.send(200, tokenBody(await endpoint.createConversation()));
  }));

  server.post(`${DIRECTLINE_BASE}/tokens/refresh`, handle(async (req, res) => {
    const claims = await endpoint.authorize(req.headers.authorization);
    res.send(200, tokenBody(endpoint.refresh(claims)));
  }));

  server.post(`${DIRECTLINE_BASE}/conversations`, handle(async (req, res) => {
    const grant = req.headers.authorization === undefined
      ? await endpoint.createConversation()
      : endpoint.refresh(await endpoint.authorize(req.headers.authorization));

    await endpoint.start(grant, localeOf(req.body));
    res.send(201, { ...tokenBody(grant), streamUrl: streamUrl(req, grant) });
  }));

  server.get(`${DIRECTLINE_BASE}/conversations/:conversationId`, handle(async (req, res) => {
    const claims = await endpoint.authorize(req.headers.authorization, req.params.conversationId);
    const watermark = parseWatermark(query(req).get('watermark'));
    const grant = endpoint.refresh(claims);
    res.send(200, { ...tokenBody(grant), streamUrl: streamUrl(req, grant, watermark) });
  }));

  const activities = `${DIRECTLINE_BASE}/conversations/:conversationId/activities`;

  server.post(activities, handle(async (req, res) => {
    const claims = await endpoint.authorize(req.headers.authorization, req.params.conversationId);
    checkJsonBody(req.headers['content-type'] ?? '');
    res.send(200, { id: await endpoint.receive(claims, req.body) });
  }));

  server.get(activities, handle(async (req, res) => {
    const claims = await endpoint.authorize(req.headers.authorization, req.params.conversationId);
    const page = await endpoint.read(claims.conv, parseWatermark(query(req).get('watermark')));
    res.send(200, { activities: page.activities, watermark: String(page.watermark) });
  }));
}
