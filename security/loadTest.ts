import { readFileSync } from 'fs';
import WebSocket from 'ws';
import type { MemorySample } from './loadTestProbe';
import type { HeapSample } from './loadTestSoak';

/**
 * A bounded load on our own Direct Line endpoint: `conversations` citizens at once, each
 * sending a message, waiting for the bot's answer, thinking, and again, until the time is
 * up. Every activity is checked: the citizen's message echoed once, answered, and the
 * stream equal to the stored log (no loss, no duplicate, no reordering).
 */
export interface LoadOptions {
  /** http://127.0.0.1:port of a server this process started. */
  url: string;
  conversations: number;
  durationMs: number;
  /** Pause between an answer and the next message. */
  thinkMs?: number;
  /** Memory of the server, in bytes, sampled every `sampleEveryMs`. */
  sampleMemory?: () => number | undefined;
  sampleEveryMs?: number;
  /** The server's heap after a full GC (the soak), taken with the RSS and once at the end. */
  sampleHeap?: () => Promise<MemorySample | undefined>;
}

export interface LoadReport {
  conversations: number;
  sent: number;
  answered: number;
  /** Messages acknowledged but never echoed, or never answered. */
  lost: number;
  /** Activity ids received twice on a stream. */
  duplicated: number;
  /** Streams that differ from the stored log (order or content). */
  diverged: number;
  /** Non-2xx answers to the citizens' requests. */
  httpErrors: number;
  latencyMs: { p50: number; p95: number; max: number };
  /** Server memory samples, in MB, oldest first. */
  memoryMb: number[];
  /** Heap after GC, oldest first, the last one once the load stopped (with sampleHeap). */
  heap: HeapSample[];
}

/** FAQ and small talk only: none starts a procedure or queues for a gendarme. */
const QUESTIONS = [
  'comment faire une procuration ?', 'merci', 'le recrutement, comment ça marche ?',
  "j'ai reçu une amende", 'au revoir',
];

interface Received {
  id: string;
  fromUser: boolean;
  replyToId?: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.floor(q * sorted.length));
  return sorted.length === 0 ? 0 : sorted[index];
}

async function post(url: string, token: string | undefined, body: unknown):
Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== undefined) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : {};
  return { status: response.status,
    json: typeof parsed === 'object' && parsed !== null ? Object.fromEntries(
      Object.entries(parsed)) : {} };
}

/**
 * Starts a conversation as Web Chat does, trying again when the connection itself fails: on a
 * machine loaded to 12 on 2 cores, a few of 200 simultaneous connects were reset before the
 * server could accept them (tester18 F17). Nothing was sent yet, so nothing can be duplicated;
 * messages themselves are never posted twice.
 */
async function startConversation(url: string):
Promise<{ status: number; json: Record<string, unknown> }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await post(url, undefined, {});
    } catch (error) {
      if (attempt >= 3) {
        throw error;
      }
      await sleep(250 * attempt);
    }
  }
}

class Citizen {
  readonly received: Received[] = [];
  readonly latencies: number[] = [];
  sent = 0;
  answered = 0;
  lost = 0;
  httpErrors = 0;
  private waiters: Array<() => void> = [];
  private socket: WebSocket | undefined;
  private conversationId = '';
  private token = '';

  constructor(private readonly base: string, private readonly index: number) {}

  async open(): Promise<void> {
    const started = await startConversation(`${this.base}/v3/directline/conversations`);
    if (started.status !== 201) {
      this.httpErrors += 1;
      throw new Error(`conversation refused: ${started.status}`);
    }
    this.conversationId = String(started.json.conversationId);
    this.token = String(started.json.token);
    this.socket = new WebSocket(String(started.json.streamUrl));
    this.socket.on('message', (data) => this.onFrame(String(data)));
    await new Promise<void>((resolve, reject) => {
      this.socket?.once('open', () => resolve());
      this.socket?.once('error', reject);
    });
  }

  async talk(deadline: number, thinkMs: number): Promise<void> {
    for (let turn = 0; Date.now() < deadline; turn += 1) {
      const text = QUESTIONS[(turn + this.index) % QUESTIONS.length];
      const posted = await post(this.activitiesUrl(), this.token,
        { type: 'message', text, from: { id: 'load' } });
      if (posted.status !== 200) {
        this.httpErrors += 1;
        continue;
      }
      this.sent += 1;
      const id = String(posted.json.id);
      const asked = Date.now();
      if (await this.answerTo(id, deadline + 30_000)) {
        this.answered += 1;
        this.latencies.push(Date.now() - asked);
      } else {
        this.lost += 1;
      }
      await sleep(thinkMs);
    }
  }

  /** Ids of the stream compared with the stored log: true when they are the same. */
  async matchesLog(): Promise<boolean> {
    const response = await fetch(this.activitiesUrl(),
      { headers: { Authorization: `Bearer ${this.token}` } });
    const page: unknown = await response.json();
    const stored = typeof page === 'object' && page !== null ? Reflect.get(page, 'activities')
      : undefined;
    const storedIds = Array.isArray(stored) ? stored.map((a: unknown) =>
      String(typeof a === 'object' && a !== null ? Reflect.get(a, 'id') : '')) : [];
    return JSON.stringify(storedIds) === JSON.stringify(this.received.map((r) => r.id));
  }

  duplicates(): number {
    return this.received.length - new Set(this.received.map((r) => r.id)).size;
  }

  close(): void {
    this.socket?.close();
  }

  private activitiesUrl(): string {
    return `${this.base}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}`
      + '/activities';
  }

  private onFrame(text: string): void {
    if (text === '') {
      return;
    }
    const frame: unknown = JSON.parse(text);
    const activities = typeof frame === 'object' && frame !== null
      ? Reflect.get(frame, 'activities') : undefined;
    for (const activity of Array.isArray(activities) ? activities : []) {
      const from: unknown = Reflect.get(activity, 'from');
      this.received.push({
        id: String(Reflect.get(activity, 'id')),
        fromUser: typeof from === 'object' && from !== null && Reflect.get(from, 'role') === 'user',
        replyToId: Reflect.get(activity, 'replyToId'),
      });
    }
    const woken = this.waiters;
    this.waiters = [];
    woken.forEach((wake) => wake());
  }

  private async answerTo(id: string, giveUpAt: number): Promise<boolean> {
    const echoed = (): boolean => this.received.some((r) => r.id === id && r.fromUser);
    const replied = (): boolean => this.received.some((r) => r.replyToId === id);
    while (!(echoed() && replied())) {
      const remaining = giveUpAt - Date.now();
      if (remaining <= 0) {
        return false;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 1000));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
    return true;
  }
}

const toMb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Heap samples of the soak; one at a time, since each one runs a full GC in the server. */
class HeapSampler {
  readonly samples: HeapSample[] = [];
  private inFlight: Promise<void> | undefined;
  private readonly started = Date.now();

  constructor(private readonly measure: LoadOptions['sampleHeap'],
    private readonly messages: () => number) {}

  sample(): Promise<void> {
    if (this.measure === undefined) {
      return Promise.resolve();
    }
    const measure = this.measure;
    this.inFlight ??= (async () => {
      const memory = await measure().catch(() => undefined);
      if (memory !== undefined) {
        this.samples.push({ atMs: Date.now() - this.started, messages: this.messages(),
          heapUsedMb: toMb(memory.heapUsedBytes), rssMb: toMb(memory.rssBytes) });
      }
      this.inFlight = undefined;
    })();
    return this.inFlight;
  }
}

export async function runLoadTest(options: LoadOptions): Promise<LoadReport> {
  const memoryMb: number[] = [];
  const citizens = Array.from({ length: options.conversations },
    (_, index) => new Citizen(options.url, index));
  const heap = new HeapSampler(options.sampleHeap,
    () => citizens.reduce((total, citizen) => total + citizen.sent, 0));
  const sample = (): void => {
    const bytes = options.sampleMemory?.();
    if (bytes !== undefined) {
      memoryMb.push(Math.round(bytes / 1024 / 1024));
    }
    void heap.sample();
  };
  await Promise.all(citizens.map((citizen) => citizen.open()));

  sample();
  const sampler = setInterval(sample, options.sampleEveryMs ?? 5000);
  const deadline = Date.now() + options.durationMs;
  try {
    await Promise.all(citizens.map((citizen) => citizen.talk(deadline, options.thinkMs ?? 1000)));
  } finally {
    clearInterval(sampler);
  }
  sample();
  // the end of the soak: the last turns are over, their garbage can go
  await heap.sample();
  await heap.sample();

  const matches = await Promise.all(citizens.map((citizen) => citizen.matchesLog()));
  citizens.forEach((citizen) => citizen.close());
  const latencies = citizens.flatMap((citizen) => citizen.latencies).sort((a, b) => a - b);
  const sum = (pick: (citizen: Citizen) => number): number =>
    citizens.reduce((total, citizen) => total + pick(citizen), 0);
  return {
    conversations: citizens.length,
    sent: sum((c) => c.sent),
    answered: sum((c) => c.answered),
    lost: sum((c) => c.lost),
    duplicated: sum((c) => c.duplicates()),
    diverged: matches.filter((same) => !same).length,
    httpErrors: sum((c) => c.httpErrors),
    latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95),
      max: latencies[latencies.length - 1] ?? 0 },
    memoryMb,
    heap: heap.samples,
  };
}

/** Resident memory of a process, from /proc (Linux); undefined elsewhere. */
export function residentBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}
