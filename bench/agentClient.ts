import { spawn } from 'child_process';
import WebSocket from 'ws';

/** Creates a console account with the admin command, the way an operator does. */
export function createAgentAccount(adminScript: string, dataDir: string, login: string,
  password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath,
      [adminScript, 'create', '--login', login, '--role', 'agent'],
      { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`agent account not created (${code}): ${stderr.slice(-300)}`));
      }
    });
    child.stdin.end(`${password}\n`);
  });
}

/** A transcript line pushed on the agent socket, as much as the bench reads of it. */
export interface EntryEvent {
  type: 'entry';
  conversationId: string;
  entry: { text: string; from: string };
}

function isEntryEvent(value: unknown): value is EntryEvent {
  return typeof value === 'object' && value !== null && Reflect.get(value, 'type') === 'entry'
    && typeof Reflect.get(value, 'conversationId') === 'string';
}

/** The agent console's calls: session cookie, CSRF token, and the live socket. */
export class BenchAgent {
  private cookie = '';
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  async signIn(login: string, password: string): Promise<void> {
    const response = await this.call('POST', '/api/agent/session', { login, password });
    const body: unknown = await response.json();
    this.cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    const csrf = typeof body === 'object' && body !== null ? Reflect.get(body, 'csrfToken') : '';
    this.csrf = typeof csrf === 'string' ? csrf : '';
    if (response.status !== 200 || this.cookie === '' || this.csrf === '') {
      throw new Error(`agent sign-in failed: ${response.status}`);
    }
  }

  async claim(conversationId: string): Promise<void> {
    const response = await this.call('POST',
      `/api/agent/conversations/${encodeURIComponent(conversationId)}/claim`);
    if (response.status !== 200) {
      throw new Error(`claim failed: ${response.status}`);
    }
  }

  /** Opens /api/agent/ws; `onEntry` gets each transcript line with its arrival time. */
  async socket(onEntry: (event: EntryEvent, arrived: bigint) => void): Promise<WebSocket> {
    const url = `${this.baseUrl.replace(/^http/, 'ws')}/api/agent/ws`;
    const ws = new WebSocket(url, { headers: { cookie: this.cookie, origin: this.baseUrl },
      perMessageDeflate: false });
    ws.on('message', (data) => {
      const arrived = process.hrtime.bigint();
      const event: unknown = JSON.parse(String(data));
      if (isEntryEvent(event)) {
        onEntry(event, arrived);
      }
    });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
      ws.once('unexpected-response', (_req, res) => {
        reject(new Error(`agent socket refused: ${res.statusCode}`));
      });
    });
    return ws;
  }

  private call(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json',
      origin: this.baseUrl };
    if (this.cookie !== '') {
      headers.cookie = this.cookie;
      headers['x-csrf-token'] = this.csrf;
    }
    return fetch(`${this.baseUrl}${path}`, { method, headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
  }
}
