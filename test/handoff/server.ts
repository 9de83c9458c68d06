import type { AddressInfo } from 'net';
import restify from 'restify';
import type { Handoff } from '../../handoff';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A restify server with the agent API and the console, wired the way server/compose.ts
 * does: one 'upgrade' listener routes /api/agent/ws to the handoff socket.
 */
export async function startAgentServer(handoff: Handoff, globalBodyParser = false):
Promise<RunningServer> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  if (globalBodyParser) {
    // as server/app.ts does: the routes must then take the already parsed body
    server.use(restify.plugins.jsonBodyParser({ mapParams: false }));
  }
  handoff.registerRoutes(server);
  server.server.on('upgrade', (req, socket, head) => {
    if (!handoff.socket.handleUpgrade(req, socket, head)) {
      socket.destroy();
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      handoff.close();
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ApiResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

/** An agent's HTTP client: keeps the session cookie and sends the CSRF token. */
export class AgentClient {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  async signIn(login: string, password: string): Promise<ApiResponse> {
    const response = await this.call('POST', '/api/agent/session', { login, password });
    const setCookie = response.headers.get('set-cookie') ?? '';
    this.cookie = setCookie.split(';')[0];
    this.csrf = String(response.body.csrfToken ?? '');
    return response;
  }

  async call(method: string, path: string, body?: unknown, raw?: string): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) {
      headers.cookie = this.cookie;
    }
    if (this.csrf) {
      headers['x-csrf-token'] = this.csrf;
    }
    const response = await fetch(`${this.base}${path}`, { method, headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    return { status: response.status, headers: response.headers,
      body: typeof parsed === 'object' && parsed !== null ? Object.fromEntries(
        Object.entries(parsed)) : {} };
  }
}
