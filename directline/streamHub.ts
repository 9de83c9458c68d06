import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import type { ActivityPage } from './conversationLog';

/** What travels on a Direct Line stream: an ActivitySet, or an empty keep-alive frame. */
export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

/**
 * One open stream. Until its backlog (activities after the watermark it asked for) is
 * sent, live activities are held back, so that the client sees each activity once and in
 * order even when one is published while the backlog is being read.
 */
export class Subscriber {
  private lastSeq: number;
  private ready = false;
  private held: Array<{ activity: Activity; seq: number }> = [];

  constructor(readonly socket: WebSocket, watermark: number) {
    this.lastSeq = watermark;
  }

  deliver(activity: Activity, seq: number): void {
    if (!this.ready) {
      this.held.push({ activity, seq });
    } else if (seq > this.lastSeq) {
      this.send([activity], seq);
    }
  }

  start(backlog: ActivityPage): void {
    const fresh = backlog.activities.length > 0 && backlog.watermark > this.lastSeq;
    if (fresh) {
      this.send(backlog.activities, backlog.watermark);
    }
    this.ready = true;
    const held = this.held;
    this.held = [];
    held.forEach(({ activity, seq }) => this.deliver(activity, seq));
  }

  private send(activities: Activity[], seq: number): void {
    this.lastSeq = seq;
    if (this.socket.readyState === WebSocket.OPEN) {
      const set: ActivitySet = { activities, watermark: String(seq) };
      this.socket.send(JSON.stringify(set));
    }
  }
}

/**
 * The open WebSockets of each conversation (a citizen may have the chat open in two tabs).
 * Keep-alives are empty text frames, which DirectLineJS ignores, so that proxies do not
 * drop an idle stream.
 */
export class StreamHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly keepAlive: NodeJS.Timeout;

  constructor(keepAliveMs = 30_000) {
    this.keepAlive = setInterval(() => this.sendKeepAlive(), keepAliveMs);
    this.keepAlive.unref();
  }

  /** Registers a socket; call `start` with its backlog to begin live delivery. */
  add(conversationId: string, socket: WebSocket, watermark: number): Subscriber {
    const subscriber = new Subscriber(socket, watermark);
    const set = this.subscribers.get(conversationId) ?? new Set<Subscriber>();
    set.add(subscriber);
    this.subscribers.set(conversationId, set);
    socket.on('close', () => this.remove(conversationId, subscriber));
    return subscriber;
  }

  /** Callers publish in sequence order (the endpoint appends through a per-key queue). */
  publish(conversationId: string, activity: Activity, seq: number): void {
    for (const subscriber of this.subscribers.get(conversationId) ?? []) {
      subscriber.deliver(activity, seq);
    }
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
    for (const set of this.subscribers.values()) {
      for (const subscriber of set) {
        subscriber.socket.close(1001, 'server shutting down');
      }
    }
    this.subscribers.clear();
  }

  private remove(conversationId: string, subscriber: Subscriber): void {
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
