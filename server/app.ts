import type { CloudAdapter, TurnContext } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { componentLogger } from '../core/logger';
import { refuseUpgrade, type DirectLine, type UpgradeHandler } from '../directline';
import { ApiError, errorBody, reshapeRestifyErrors } from './apiError';
import { registerMessagesRoute } from './messages';
import { chatPageFiles, registerStaticFiles, type StaticFile } from './static';

const log = componentLogger('server');

/** Activities are small; 256 kB is Azure Direct Line's own limit. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface ServerDeps {
  cloudAdapter: CloudAdapter;
  directLine: DirectLine;
  /** The bot's turn, run by both adapters after their middleware. */
  logic: (context: TurnContext) => Promise<void>;
  /** True once the bot and its model are loaded and the store answers. */
  ready: () => boolean | Promise<boolean>;
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
  /** Run last on close, once no turn runs any more (close the store...). */
  afterClose?: () => Promise<void>;
}

export interface App {
  server: Server;
  /** Starts listening (port 0: a free port); resolves with the base URL. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, lets turns in flight finish, closes the streams and the server. */
  close(): Promise<void>;
}

function registerHealth(server: Server, ready: ServerDeps['ready']): void {
  server.get('/healthz', async (_req: Request, res: Response) => {
    if (await ready()) {
      res.send(200, { status: 'ready' });
    } else {
      res.send(503, { status: 'starting' });
    }
  });
}

/** One `upgrade` listener: the first handler that owns the path takes it, else 404. */
function dispatchUpgrades(server: Server, handlers: UpgradeHandler[]): void {
  server.server.on('upgrade', (request, socket, head) => {
    if (!handlers.some((handle) => handle(request, socket, head))) {
      refuseUpgrade(socket, new ApiError(404, 'NotFound', 'no WebSocket at this path'));
    }
  });
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

  registerStaticFiles(server, deps.staticFiles ?? chatPageFiles());
  registerHealth(server, deps.ready);
  registerMessagesRoute(server, {
    adapter: deps.cloudAdapter, logic: deps.logic, credentialsSet: deps.credentialsSet,
  });
  deps.directLine.register(server);
  (deps.mounts ?? []).forEach((mount) => mount(server));
  dispatchUpgrades(server, [deps.directLine.handleUpgrade, ...(deps.upgrades ?? [])]);

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
      server.server.closeAllConnections();

      await closed;
      await deps.afterClose?.();
      log.info('server closed');
    },
  };
}

export { errorBody };
