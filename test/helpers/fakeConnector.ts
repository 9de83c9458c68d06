import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import type { Activity } from 'botbuilder';

/**
 * A Bot Framework connector stand-in on loopback: the CloudAdapter POSTs the bot's replies
 * to `<serviceUrl>/v3/conversations/<id>/activities/<replyToId>`; it records them.
 */
export class FakeConnector {
  readonly received: Partial<Activity>[] = [];
  private waiters: Array<() => void> = [];

  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => { body += String(chunk); });
      req.on('end', () => {
        connector?.record(JSON.parse(body || '{}') as Partial<Activity>);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${connector?.received.length ?? 0}` }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    connector = new FakeConnector(server, `http://127.0.0.1:${port}`);
    return connector;
  }

  /** Resolves once `count` activities were posted to the connector. */
  async waitForCount(count: number): Promise<Partial<Activity>[]> {
    while (this.received.length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.received;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(activity: Partial<Activity>): void {
    this.received.push(activity);
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }
}
