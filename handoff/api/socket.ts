import type { IncomingMessage } from 'http';
import type { Duplex } from 'stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AgentPrincipal } from '../../core/auth';
import { componentLogger } from '../../core/logger';
import type { AgentAuth } from '../auth/authenticator';
import type { HandoffEvent, HandoffEvents } from '../events';
import type { PresenceRegistry } from '../presence';
import type { HandoffQueue } from '../queue';

const log = componentLogger('handoff.ws');

export const AGENT_SOCKET_PATH = '/api/agent/ws';
const RECHECK_MS = 60_000;

export interface AgentSocketDeps {
  auth: AgentAuth;
  events: HandoffEvents;
  queue: HandoffQueue;
  presence: PresenceRegistry;
}

export interface AgentSocket {
  /** Takes the upgrade if it is for /api/agent/ws and returns true; false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): void;
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) {
    return true;
  }
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Which live events one agent receives: everyone sees the queue; message text only
 * reaches the agent in charge, watchers, and supervisors. */
async function visible(deps: AgentSocketDeps, principal: AgentPrincipal, event: HandoffEvent):
Promise<HandoffEvent | undefined> {
  if (event.type === 'queue' || event.type === 'presence' || event.type === 'state') {
    return event;
  }
  const conversation = await deps.queue.get(event.conversationId);
  if (!conversation) {
    return undefined;
  }
  const concerned = conversation.agentId === principal.agentId
    || conversation.watchers.includes(principal.agentId)
    || principal.role !== 'agent';
  if (concerned) {
    return event;
  }
  return conversation.state === 'queued' ? { type: 'queue' } : undefined;
}

/** Live feed of the agent console; wire it in the server's single 'upgrade' listener. */
export function createAgentSocket(deps: AgentSocketDeps): AgentSocket {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  /** An agent whose last console closed (tab closed, network lost) is no longer available
   * (the registry counts consoles, and shares that across instances). */
  function track(agentId: string, delta: 1 | -1): void {
    deps.presence.connected(agentId, delta);
  }

  function serve(ws: WebSocket, principal: AgentPrincipal, req: IncomingMessage): void {
    track(principal.agentId, 1);
    // one event after the other: each waits on a store read, and reads may end out of
    // order (a database), which would show a citizen's two lines swapped to the gendarme
    let delivered: Promise<void> = Promise.resolve();
    const unsubscribe = deps.events.subscribe((event) => {
      delivered = delivered.then(() => visible(deps, principal, event)).then((shown) => {
        if (shown && ws.readyState === ws.OPEN) {
          ws.send(JSON.stringify(shown));
        }
      }).catch((error: unknown) => {
        log.warn('event not delivered', { error: String(error) });
      });
    });

    // a session that expires or is signed out elsewhere also ends the live feed
    const recheck = setInterval(() => {
      void deps.auth.check({ headers: req.headers, method: 'GET' })
        .catch(() => ws.close(4401, 'session ended'));
    }, RECHECK_MS);
    recheck.unref();

    ws.on('close', () => {
      unsubscribe();
      clearInterval(recheck);
      track(principal.agentId, -1);
    });
    ws.on('error', () => ws.terminate());
    ws.send(JSON.stringify({ type: 'hello', agentId: principal.agentId }));
  }

  return {
    handleUpgrade(req, socket, head) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path !== AGENT_SOCKET_PATH) {
        return false;
      }
      if (!sameOrigin(req)) {
        refuse(socket, '403 Forbidden');
        return true;
      }

      deps.auth.check({ headers: req.headers, method: 'GET' }).then((principal) => {
        wss.handleUpgrade(req, socket, head, (ws) => serve(ws, principal, req));
      }, () => refuse(socket, '401 Unauthorized'));
      return true;
    },
    close() {
      for (const client of wss.clients) {
        client.close(1001, 'server shutting down');
      }
      wss.close();
    },
  };
}
