import type { Duplex } from 'stream';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { componentLogger } from '../core/logger';
import { refuseUpgrade, type DirectLine, type UpgradeHandler } from '../directline';
import { nestedDeeperThan, TOO_DEEP_MESSAGE } from '../security/jsonDepth';
import { ApiError, errorBody, reshapeRestifyErrors } from './apiError';
import { registerMessagesRoute } from './messages';
import { chatPageFiles, registerStaticFiles, type StaticFile } from './static';

const log = componentLogger('server');

/** Activities are small; 256 kB is Azure Direct Line's own limit. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** A WebSocket whose peer does not answer the close (laptop asleep) is cut after this. */
export const DEFAULT_SOCKET_GRACE_MS = 5000;

export interface ServerDeps {
  cloudAdapter: CloudAdapter;
  directLine: DirectLine;
  /** The bot's turn, run by both adapters after their middleware. */
  logic: (context: TurnContext) => Promise<void>;
  /** True once the bot and its model are loaded and the store answers. */
  ready: () => boolean | Promise<boolean>;
  /** When not ready: why, if it will not get better by waiting (see Assistant.problem). */
  problem?: () => string | undefined;
  /** Bot Framework credentials are configured: /api/messages then checks JWTs. */
  credentialsSet: boolean;
  /** Turns of /api/messages still running, awaited on shutdown. */
  drainTurns?: () => Promise<void>;
  maxBodyBytes?: number;
  staticFiles?: StaticFile[];
  /** Routes of the other parts (agent console and API, procedures' APIs). */
  mounts?: Array<(server: Server) => void>;
  /** WebSocket upgrades of the other parts (agent console socket), tried in order. */
  upgrades?: UpgradeHandler[];
  /**
   * Run on close once no turn runs any more, with the citizen streams: the other parts
   * close their sockets (agent console, 1001) and timers. The server stops only once
   * every connection ended, so a socket left open here would hold the process up.
   */
  beforeClose?: () => Promise<void> | void;
  /** Run last on close, once every connection ended (close the store...). */
  afterClose?: () => Promise<void>;
  /** How long closed WebSockets may take to answer before they are cut. */
  socketGraceMs?: number;
}

export interface App {
  server: Server;
  /** Starts listening (port 0: a free port); resolves with the base URL. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, lets turns in flight finish, closes the streams and the server. */
  close(): Promise<void>;
}

// a load balancer reads the status code alone; the body tells an operator what to do:
// wait ("starting") or look into it ("degraded", with the reason)
function registerHealth(server: Server, deps: Pick<ServerDeps, 'ready' | 'problem'>): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    if (await deps.ready()) {
      res.send(200, { status: 'ready' });
      return;
    }

    const reason = deps.problem?.();
    res.send(503, reason === undefined ? { status: 'starting' } : { status: 'degraded', reason });
  });
}

/**
 * One `upgrade` listener: the first handler that owns the path takes it, else 404. Returns
 * the upgraded sockets still open: the HTTP server's closeAllConnections leaves them alone.
 */
function dispatchUpgrades(server: Server, handlers: UpgradeHandler[]): Set<Duplex> {
  const open = new Set<Duplex>();
  server.server.on('upgrade', (request, socket, head) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    if (!handlers.some((handle) => handle(request, socket, head))) {
      refuseUpgrade(socket, new ApiError(404, 'NotFound', 'no WebSocket at this path'));
    }
  });
  return open;
}

/** Cuts the sockets still open after the grace; returns the cancel of that. */
function cutAfter(sockets: Set<Duplex>, graceMs: number): () => void {
  const timer = setTimeout(() => {
    if (sockets.size > 0) {
      log.warn('sockets cut on close', { count: sockets.size });
    }
    sockets.forEach((socket) => socket.destroy());
  }, graceMs);
  return () => clearTimeout(timer);
}

/** After the JSON body parser: a 400 before any handler walks a body nested too deep. */
function refuseDeepBodies(req: Request, res: Response, next: restify.Next): void {
  const body: unknown = req.body;
  if (nestedDeeperThan(body)) {
    res.send(400, errorBody('BadRequest', TOO_DEEP_MESSAGE));
    next(false);
    return;
  }
  next();
}

/** The restify app: Web Chat page, Direct Line, /api/messages, /healthz. */
export function createServer(deps: ServerDeps): App {
  const server = restify.createServer({ name: 'brigade-numerique' });
  reshapeRestifyErrors(server);
  // restify's bodyReader honours maxBodySize; its typings omit it on jsonBodyParser
  const bodyOptions = {
    maxBodySize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, mapParams: false,
  };
  server.use(restify.plugins.jsonBodyParser(bodyOptions));
  server.use(refuseDeepBodies);

  registerStaticFiles(server, deps.staticFiles ?? chatPageFiles());
  registerHealth(server, deps);
  registerMessagesRoute(server, {
    adapter: deps.cloudAdapter, logic: deps.logic, credentialsSet: deps.credentialsSet,
  });
  deps.directLine.register(server);
  (deps.mounts ?? []).forEach((mount) => mount(server));
  const upgraded = dispatchUpgrades(server,
    [deps.directLine.handleUpgrade, ...(deps.upgrades ?? [])]);

  return {
    server,
    listen: (port, host) => new Promise((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, host, () => {
        const address = server.server.address();
        if (address === null || typeof address === 'string') {
          reject(new Error('the server is not listening on a TCP port'));
          return;
        }
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        resolve(`http://${shownHost}:${address.port}`);
      });
    }),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();

      await deps.directLine.whenIdle();
      await deps.drainTurns?.();
      deps.directLine.closeStreams();
      await deps.beforeClose?.();
      server.server.closeAllConnections();

      const cancelCut = cutAfter(upgraded, deps.socketGraceMs ?? DEFAULT_SOCKET_GRACE_MS);
      await closed;
      cancelCut();
      await deps.afterClose?.();
      log.info('server closed');
    },
  };
}

export { errorBody };
