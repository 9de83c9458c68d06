import type { IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import { WebSocketServer } from 'ws';
import { componentLogger } from '../core/logger';
import { ApiError, errorBody } from '../server/apiError';
import type { DirectLineEndpoint } from './endpoint';
import { DIRECTLINE_BASE, parseWatermark } from './routes';
import type { StreamHub } from './streamHub';

const log = componentLogger('directline');

const STREAM_PATH = new RegExp(`^${DIRECTLINE_BASE}/conversations/([^/]+)/stream$`);

/** Clients only send empty pings on the stream: anything big is not a Direct Line client. */
const MAX_CLIENT_FRAME_BYTES = 4096;

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  500: 'Internal Server Error',
};

function refuse(socket: Duplex, error: ApiError): void {
  const body = JSON.stringify(errorBody(error.code, error.message));
  socket.end([
    `HTTP/1.1 ${error.status} ${REASONS[error.status] ?? 'Error'}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '', body,
  ].join('\r\n'));
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function bearer(request: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** Takes a WebSocket upgrade and returns true when the path is its own, else false. */
export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

export interface DirectLineStreams {
  handleUpgrade: UpgradeHandler;
  close(): void;
}

/** Answers an upgrade nobody took, or refused, with a JSON error and closes the socket. */
export function refuseUpgrade(socket: Duplex, error: ApiError): void {
  refuse(socket, error);
}

/**
 * The Direct Line stream. The token comes in the stream URL (`t`, as Azure does, since
 * browsers cannot set headers on a WebSocket) or in an Authorization header; either way it
 * must open the conversation of the path. The backlog after `watermark` is sent first.
 */
export function directLineStreams(endpoint: DirectLineEndpoint, hub: StreamHub): DirectLineStreams {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME_BYTES });

  const handleUpgrade: UpgradeHandler = (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      return false;
    }

    // a client that goes away mid-handshake must not become an uncaught error
    socket.on('error', () => socket.destroy());
    const conversationId = safeDecode(match[1]);
    const token = url.searchParams.get('t') ?? bearer(request);
    const opened = (async () => {
      if (conversationId === undefined) {
        throw new ApiError(400, 'BadArgument', 'the conversation id is not valid');
      }
      const watermark = parseWatermark(url.searchParams.get('watermark'));
      const authorization = token === undefined ? undefined : `Bearer ${token}`;
      const claims = await endpoint.authorize(authorization, conversationId);
      return { conversationId: claims.conv, watermark };
    })();

    opened.then(({ conversationId: id, watermark }) => {
      wss.handleUpgrade(request, socket, head, (ws) => {
        ws.on('error', () => ws.terminate());
        const subscriber = hub.add(id, ws, watermark ?? -1);
        endpoint.read(id, watermark)
          .then((page) => subscriber.start(page))
          .catch(() => ws.close(1011, 'backlog unavailable'));
        log.info('stream opened', { conversationId: id });
      });
    }, (error: unknown) => {
      refuse(socket, error instanceof ApiError
        ? error : new ApiError(500, 'InternalError', 'internal error'));
    });
    return true;
  };

  return { handleUpgrade, close: () => wss.close() };
}
