import type { Activity } from 'botbuilder';
import WebSocket from 'ws';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl: string;
}

export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed or oversized bodies. */
  rawBody?: string;
  contentType?: string;
}

/** One HTTP call to the app; answers are parsed as JSON when they are JSON. */
export async function request<T = unknown>(
  baseUrl: string, method: string, path: string, options: RequestOptions = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) {
    headers.Authorization = `Bearer ${options.token}`;
  }
  const raw = options.rawBody ?? (options.body === undefined ? undefined
    : JSON.stringify(options.body));
  if (raw !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/json';
  }

  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: raw });
  const text = await response.text();
  const json = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, body: (json && text ? JSON.parse(text) : text) as T };
}

/**
 * A Direct Line stream: records every ActivitySet frame, and resolves `next` waiters as
 * activities arrive. Waiting has no time limit of its own: mocha's timeout is the limit.
 */
export class StreamReader {
  readonly frames: ActivitySet[] = [];
  readonly keepAlives: number[] = [];
  private waiters: Array<() => void> = [];
  readonly closed: Promise<{ code: number }>;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = String(data);
      if (text === '') {
        this.keepAlives.push(this.keepAlives.length);
      } else {
        this.frames.push(JSON.parse(text) as ActivitySet);
      }
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve({ code })));
  }

  get activities(): Activity[] {
    return this.frames.flatMap((frame) => frame.activities);
  }

  /** Resolves with the first received activity matching, waiting for it if needed. */
  async waitFor(predicate: (activity: Activity) => boolean): Promise<Activity> {
    for (;;) {
      const found = this.activities.find(predicate);
      if (found) {
        return found;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Resolves once `count` activities have arrived. */
  async waitForCount(count: number): Promise<Activity[]> {
    while (this.activities.length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.activities;
  }

  close(): void {
    this.socket.close();
  }
}

/** Opens a stream URL; rejects with the HTTP status when the server refuses the upgrade. */
export function openStream(
  url: string, headers: Record<string, string> = {},
): Promise<StreamReader> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const reader = new StreamReader(socket);
    socket.once('open', () => resolve(reader));
    socket.once('unexpected-response', (_request, response) => {
      reject(new Error(`stream refused: ${response.statusCode}`));
    });
    socket.once('error', reject);
  });
}

/** A Web Chat stand-in: starts a conversation, posts activities, reads them back. */
export class DirectLineClient {
  private constructor(readonly baseUrl: string, public grant: ConversationGrant) {}

  static async start(baseUrl: string): Promise<DirectLineClient> {
    const answer = await request<ConversationGrant>(
      baseUrl, 'POST', '/v3/directline/conversations', { body: { locale: 'fr-FR' } });
    if (answer.status !== 201) {
      throw new Error(`conversation not started: ${answer.status}`);
    }
    return new DirectLineClient(baseUrl, answer.body);
  }

  /** The same conversation and token on another server (a restart). */
  static resume(baseUrl: string, grant: ConversationGrant): DirectLineClient {
    return new DirectLineClient(baseUrl, grant);
  }

  get conversationId(): string {
    return this.grant.conversationId;
  }

  get token(): string {
    return this.grant.token;
  }

  path(suffix = ''): string {
    return `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}${suffix}`;
  }

  post(activity: Record<string, unknown>, token = this.token): Promise<HttpAnswer<{ id: string }>> {
    return request(this.baseUrl, 'POST', this.path('/activities'), { token, body: activity });
  }

  say(text: string): Promise<HttpAnswer<{ id: string }>> {
    return this.post({ type: 'message', text, from: { id: 'web-user', role: 'user' } });
  }

  activities(watermark?: string, token = this.token): Promise<HttpAnswer<ActivitySet>> {
    const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
    return request(this.baseUrl, 'GET', this.path(`/activities${query}`), { token });
  }

  stream(): Promise<StreamReader> {
    return openStream(this.grant.streamUrl);
  }
}
