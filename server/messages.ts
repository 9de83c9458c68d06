import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { componentLogger } from '../core/logger';
import { activityShapeProblem } from '../security/activityShape';
import { ApiError, sendApiError } from './apiError';

const log = componentLogger('messages');

const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Without Bot Framework credentials nothing authenticates the caller, and the adapter
 * would POST its replies to whatever serviceUrl the activity names: only the local
 * Emulator (loopback) may then talk to the bot.
 */
export function isLoopbackServiceUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string') {
    return false;
  }
  try {
    const url = new URL(serviceUrl);
    return ['http:', 'https:'].includes(url.protocol) && url.username === ''
      && url.password === '' && LOOPBACK_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

/** The connection's peer: 127.0.0.0/8, ::1, or IPv4 loopback mapped into IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined
    && (/^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address) || address === '::1');
}

function checkActivity(body: unknown, credentialsSet: boolean, peer: string | undefined): void {
  // a loopback serviceUrl is still an address the caller chose: only a local caller (the
  // Emulator) may name one, or the server would POST to this host's own services for anyone
  if (!credentialsSet && !isLoopbackAddress(peer)) {
    throw new ApiError(403, 'LoopbackOnly',
      'without Bot Framework credentials, only local clients may post activities');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'BadArgument', 'the body must be a JSON activity object');
  }
  if (!credentialsSet && !isLoopbackServiceUrl(Reflect.get(body, 'serviceUrl'))) {
    throw new ApiError(403, 'ServiceUrlNotAllowed',
      'without Bot Framework credentials, only loopback serviceUrls are accepted');
  }
  const problem = activityShapeProblem(Object.fromEntries(Object.entries(body)));
  if (problem !== undefined) {
    throw new ApiError(400, 'BadArgument', problem);
  }
}

export interface MessagesRoute {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  credentialsSet: boolean;
}

/** POST /api/messages: the Bot Framework channels and the Emulator, via the CloudAdapter. */
export function registerMessagesRoute(server: Server, route: MessagesRoute): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      checkActivity(req.body, route.credentialsSet, req.socket.remoteAddress);
    } catch (error) {
      if (error instanceof ApiError) {
        log.warn('activity refused', { code: error.code });
        sendApiError(res, error);
        return;
      }
      throw error;
    }
    await route.adapter.process(req, res, route.logic);
  });
}
