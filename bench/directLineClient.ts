import { Agent, request } from 'http';
import WebSocket from 'ws';

/** What the bench reads of an activity on the stream. */
interface StreamActivity {
  id?: string;
  type?: string;
  replyToId?: string;
  from?: { role?: string };
}

interface Grant {
  conversationId: string;
  token: string;
  streamUrl: string;
}

/** One keep-alive pool for every bench conversation, like a browser's per-origin pool. */
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/**
 * A JSON call over loopback; rejects on a status other than `expected`. A reset on a
 * kept-alive socket is tried once more on a fresh one: the server closed that socket as
 * idle before reading the request (the race Node's documentation of reusedSocket shows).
 */
export async function callJson<T>(url: string, method: string, body: unknown,
  token: string | undefined, expected: number): Promise<T> {
  try {
    return await callOnce<T>(url, method, body, token, expected);
  } catch (error) {
    if (error instanceof StaleSocketError) {
      return callOnce<T>(url, method, body, token, expected);
    }
    throw error;
  }
}

class StaleSocketError extends Error {}

function callOnce<T>(url: string, method: string, body: unknown, token: string | undefined,
  expected: number): Promise<T> {
  const payload = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string | number> = { 'Content-Length': Buffer.byteLength(payload) };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token !== undefined) {
    headers.Authorization = `Bearer ${token}`;
  }
  return new Promise((resolve, reject) => {
    const call = request(url, { method, headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== expected) {
          reject(new Error(`${method} ${new URL(url).pathname}: ${response.statusCode}`));
          return;
        }
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new Error(`${method} ${new URL(url).pathname}: body is not JSON`));
        }
      });
    });
    call.on('error', (error: NodeJS.ErrnoException) => {
      const stale = call.reusedSocket && error.code === 'ECONNRESET';
      reject(stale ? new StaleSocketError(error.message) : error);
    });
    call.end(payload);
  });
}

/**
 * A Web Chat stand-in that times turns: from the POST of a message to the first activity
 * of the bot that replies to it, as it arrives on the WebSocket stream (which may be before
 * the POST's own answer, hence the replies kept by replyToId).
 */
export class BenchConversation {
  private readonly replies = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();
  private botActivities = 0;
  private botWaiter?: () => void;

  private constructor(private readonly baseUrl: string, private readonly grant: Grant,
    private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onFrame(String(data)));
  }

  static async open(baseUrl: string): Promise<BenchConversation> {
    const grant = await callJson<Grant>(`${baseUrl}/v3/directline/conversations`, 'POST',
      { locale: 'fr-FR' }, undefined, 201);
    const socket = new WebSocket(grant.streamUrl, { perMessageDeflate: false });
    // listening before 'open': the backlog may come in the same packet as the upgrade
    const conversation = new BenchConversation(baseUrl, grant, socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => {
        reject(new Error(`stream refused: ${res.statusCode}`));
      });
    });
    return conversation;
  }

  get conversationId(): string {
    return this.grant.conversationId;
  }

  private onFrame(text: string): void {
    if (text === '') {
      return;
    }
    const frame = JSON.parse(text) as { activities?: StreamActivity[] };
    const arrived = process.hrtime.bigint();
    for (const activity of frame.activities ?? []) {
      if (activity.from?.role === 'user') {
        continue;
      }
      this.botActivities += 1;
      this.botWaiter?.();
      const replyTo = activity.replyToId;
      if (replyTo !== undefined && !this.replies.has(replyTo)) {
        this.replies.set(replyTo, Number(arrived / 1000n) / 1000);
        this.waiters.get(replyTo)?.();
      }
    }
  }

  /** Resolves once the bot has sent anything (its greeting), or rejects after the timeout. */
  greeted(timeoutMs = 10_000): Promise<void> {
    if (this.botActivities > 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no greeting')), timeoutMs);
      this.botWaiter = () => {
        clearTimeout(timer);
        this.botWaiter = undefined;
        resolve();
      };
    });
  }

  /** Sends a message; resolves with the milliseconds until the bot's first reply to it. */
  async turn(text: string, timeoutMs = 10_000): Promise<number> {
    const startMs = Number(process.hrtime.bigint() / 1000n) / 1000;
    const posted = await this.post(text);

    if (!this.replies.has(posted.id)) {
      await this.replyTo(posted.id, timeoutMs);
    }
    return (this.replies.get(posted.id) ?? Number.NaN) - startMs;
  }

  /** Posts a message without waiting for any reply; resolves with its activity id. */
  post(text: string): Promise<{ id: string }> {
    const url = `${this.baseUrl}/v3/directline/conversations/` +
      `${encodeURIComponent(this.conversationId)}/activities`;
    return callJson<{ id: string }>(url, 'POST',
      { type: 'message', text, locale: 'fr-FR', from: { id: 'bench', role: 'user' } },
      this.grant.token, 200);
  }

  private replyTo(id: string, timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(id);
        reject(new Error(`no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(id, () => {
        clearTimeout(timer);
        this.waiters.delete(id);
        resolve();
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}
