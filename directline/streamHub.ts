import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { componentLogger } from '../core/logger';
import type { ActivityPage } from './conversationLog';

const log = componentLogger('directline');

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/** What travels on a Direct Line stream: an ActivitySet, or an empty keep-alive frame. */
export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

/** The sequence number in one of our activity ids (`<conversation>|<seq>`), or -1. */
export function seqOf(activity: Activity): number {
  const match = /\|(\d+)$/.exec(activity.id ?? '');
  return match ? Number(match[1]) : -1;
}

/**
 * One open stream. Activities reach it from this process and, through the store's change
 * feed, from other instances, so they may come twice or out of order: each is sent once,
 * in sequence order. Until its backlog (activities after the watermark it asked for) is
 * sent, and while a number is missing, later ones are held back; a gap that does not fill
 * is settled by reading the log (`catchUp`), which is the truth.
 */
export class Subscriber {
  private lastSeq: number;
  private ready = false;
  private readonly held = new Map<number, Activity>();

  constructor(readonly socket: WebSocket, watermark: number,
    private readonly onGap: (subscriber: Subscriber) => void = () => undefined) {
    this.lastSeq = watermark;
  }

  /** Sequence number of the last activity sent (or the watermark asked for). */
  get watermark(): number {
    return this.lastSeq;
  }

  /** True while an activity is held back behind a missing number. */
  get waiting(): boolean {
    return this.ready && this.held.size > 0;
  }

  deliver(activity: Activity, seq: number): void {
    if (seq > this.lastSeq) {
      this.held.set(seq, activity);
      this.flush();
    }
  }

  start(backlog: ActivityPage): void {
    this.ready = true;
    this.catchUp(backlog);
  }

  /** Sends what the log holds after this stream's watermark, gaps and all. */
  catchUp(page: ActivityPage): void {
    const fresh = page.activities.filter((activity) => seqOf(activity) > this.lastSeq);
    if (fresh.length > 0 && page.watermark > this.lastSeq) {
      this.send(fresh, page.watermark);
    }
    this.flush();
  }

  private flush(): void {
    if (!this.ready) {
      return;
    }
    for (const seq of [...this.held.keys()].filter((held) => held <= this.lastSeq)) {
      this.held.delete(seq);
    }
    const next: Activity[] = [];
    let seq = this.lastSeq + 1;
    for (let activity = this.held.get(seq); activity !== undefined;
      activity = this.held.get(seq)) {
      next.push(activity);
      this.held.delete(seq);
      seq += 1;
    }
    if (next.length > 0) {
      this.send(next, seq - 1);
    }
    if (this.held.size > 0) {
      this.onGap(this);
    }
  }

  private send(activities: Activity[], seq: number): void {
    this.lastSeq = seq;
    if (this.socket.readyState === WebSocket.OPEN) {
      const set: ActivitySet = { activities, watermark: String(seq) };
      this.socket.send(JSON.stringify(set));
    }
  }
}

export interface StreamHubOptions {
  keepAliveMs?: number;
  /** How long a missing sequence number may hold later activities back before the log
   * is read instead (another instance's activity still on its way, or never stored). */
  gapWaitMs?: number;
  /** Reads the log after a watermark; without it, a gap waits for its activity. */
  read?: (conversationId: string, watermark: number) => Promise<ActivityPage>;
}

/**
 * The open WebSockets of each conversation (a citizen may have the chat open in two tabs).
 * Keep-alives are empty text frames, which DirectLineJS ignores, so that proxies do not
 * drop an idle stream.
 */
export class StreamHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly gapTimers = new Map<Subscriber, NodeJS.Timeout>();
  private readonly options: StreamHubOptions;

  constructor(options: StreamHubOptions | number = {}) {
    this.options = typeof options === 'number' ? { keepAliveMs: options } : options;
    this.keepAlive = setInterval(() => this.sendKeepAlive(), this.options.keepAliveMs ?? 30_000);
    this.keepAlive.unref();
  }

  /** Registers a socket; call `start` with its backlog to begin live delivery. */
  add(conversationId: string, socket: WebSocket, watermark: number): Subscriber {
    const subscriber = new Subscriber(socket, watermark,
      (waiting) => this.watchGap(conversationId, waiting));
    const set = this.subscribers.get(conversationId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(conversationId, set);
    socket.on('close', () => this.remove(conversationId, subscriber));
    return subscriber;
  }

  /** Any order, any number of times: each stream sends each activity once, in order. */
  publish(conversationId: string, activity: Activity, seq: number): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      subscriber.deliver(activity, seq);
    }
  }

  /** Reads the log for every open stream: after the change feed was lost, what it missed. */
  async catchUpAll(): Promise<void> {
    const read = this.options.read;
    if (read === undefined) {
      return;
    }
    const all = [...this.subscribers].flatMap(([id, set]) => [...set].map((s) => ({ id, s })));
    await Promise.all(all.map(({ id, s }) => read(id, s.watermark).then((page) => {
      s.catchUp(page);
    }, () => undefined)));
  }

  count(conversationId?: string): number {
    if (conversationId !== undefined) {
      return this.subscribers.get(conversationId)?.size ?? 0;
    }
    return [...this.subscribers.values()].reduce((sum, set) => sum + set.size, 0);
  }

  /** Closes every stream with 1001 "going away": clients reconnect (to another instance). */
  closeAll(): void {
    clearInterval(this.keepAlive);
    this.gapTimers.forEach((timer) => clearTimeout(timer));
    this.gapTimers.clear();
    for (const set of this.subscribers.values()) {
      for (const subscriber of set) {
        subscriber.socket.close(1001, 'server shutting down');
      }
    }
    this.subscribers.clear();
  }

  private watchGap(conversationId: string, subscriber: Subscriber): void {
    const read = this.options.read;
    if (read === undefined || this.gapTimers.has(subscriber)) {
      return;
    }
    const timer = setTimeout(() => {
      this.gapTimers.delete(subscriber);
      if (!subscriber.waiting) {
        return;
      }
      read(conversationId, subscriber.watermark).then((page) => subscriber.catchUp(page),
        (error: unknown) => {
          log.warn('directline.gap_read_failed', { conversationId, error: errorName(error) });
          this.watchGap(conversationId, subscriber);
        });
    }, this.options.gapWaitMs ?? 1000);
    timer.unref();
    this.gapTimers.set(subscriber, timer);
  }

  private remove(conversationId: string, subscriber: Subscriber): void {
    const timer = this.gapTimers.get(subscriber);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.gapTimers.delete(subscriber);
    }
    const set = this.subscribers.get(conversationId);
    set?.delete(subscriber);
    if (set && set.size === 0) {
      this.subscribers.delete(conversationId);
    }
  }

  private sendKeepAlive(): void {
    for (const set of this.subscribers.values()) {
      for (const { socket } of set) {
        if (socket.readyState === WebSocket.OPEN) {
          socket.send('');
        }
      }
    }
  }
}
