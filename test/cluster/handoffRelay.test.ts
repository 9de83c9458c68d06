import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HandoffEvents, type HandoffEvent } from '../../handoff/events';
import { HANDOFF_EVENTS, shareHandoff, type RelayedEvents } from '../../handoff/eventsRelay';
import { AGENT_PRESENCE, PresenceRegistry, type PresenceDocument } from '../../handoff/presence';
import { Cluster } from '../../server/cluster';
import { openDatabase, type Database } from '../../storage';
import { until } from './instances';

interface Side {
  events: HandoffEvents;
  presence: PresenceRegistry;
  seen: HandoffEvent[];
  cluster: Cluster;
}

describe('handoff events and presence shared through the store', () => {
  let dataDir: string;
  let database: Database;
  let now: number;
  let clusters: Cluster[];
  let stops: Array<() => void>;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'handoff-relay-'));
    database = await openDatabase({ dataDir });
    now = Date.now();
    clusters = [];
    stops = [];
  });

  afterEach(async () => {
    stops.forEach((stop) => stop());
    await Promise.all(clusters.map((cluster) => cluster.close()));
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function side(instanceId: string): Promise<Side> {
    const events = new HandoffEvents();
    const presence = new PresenceRegistry(events);
    const cluster = new Cluster(database, { instanceId });
    clusters.push(cluster);
    stops.push(() => presence.stop());
    shareHandoff({ events, presence, database, sharing: cluster, now: () => now,
      presenceTtlMs: 300 });
    await cluster.ready();
    const seen: HandoffEvent[] = [];
    events.subscribe((event) => seen.push(event));
    return { events, presence, seen, cluster };
  }

  it('gives the other instance\'s consoles each event once, in order, and not back here',
    async () => {
      const a = await side('A');
      const b = await side('B');

      a.events.publish({ type: 'queue' });
      a.events.publish({ type: 'typing', conversationId: 'c1', from: 'user' });
      a.events.publish({ type: 'state', conversationId: 'c1', state: 'agent', agentId: 'g1',
        cause: 'claimed' });
      await until(() => b.seen.length === 3);
      // stored after A's three: once A sees it, its feed went past its own events
      b.events.publish({ type: 'presence', agentId: 'g1', status: 'online' });
      await until(() => a.seen.length >= 4);

      expect(b.seen.map((event) => event.type))
        .to.deep.equal(['queue', 'typing', 'state', 'presence']);
      expect(b.seen[2]).to.deep.equal({ type: 'state', conversationId: 'c1', state: 'agent',
        agentId: 'g1', cause: 'claimed' });
      expect(a.seen.map((event) => event.type))
        .to.deep.equal(['queue', 'typing', 'state', 'presence']);
    });

  it('ignores what is not a handoff event', async () => {
    const b = await side('B');
    const relayed = database.collection<RelayedEvents>(HANDOFF_EVENTS);

    await relayed.insert({ id: 'x1', origin: 'A', json: '[{"type":"rm -rf"},{"type":"entry"}]',
      expiresAt: new Date(now + 60_000) });
    await relayed.insert({ id: 'x2', origin: 'A', json: 'not json',
      expiresAt: new Date(now + 60_000) });
    await relayed.insert({ id: 'x3', origin: 'A', json: '[{"type":"queue"}]',
      expiresAt: new Date(now + 60_000) });
    await until(() => b.seen.length > 0);

    expect(b.seen).to.deep.equal([{ type: 'queue' }]);
  });

  it('tells every instance who is online, busy or gone', async () => {
    const a = await side('A');
    const b = await side('B');

    a.presence.set('g1', 'online');
    b.presence.set('g2', 'busy');
    await until(() => b.presence.get('g1') === 'online' && a.presence.get('g2') === 'busy');
    const online = [a.presence.available(), b.presence.available()];
    a.presence.set('g1', 'offline');
    await until(() => b.presence.get('g1') === 'offline');

    expect(online).to.deep.equal([['g1'], ['g1']]);
    expect(b.presence.all()).to.deep.equal([{ agentId: 'g2', status: 'busy' }]);
  });

  it('starts from the presence already stored, and forgets it once expired', async () => {
    const documents = database.collection<PresenceDocument>(AGENT_PRESENCE);
    await documents.put({ id: 'g1', status: 'online', instanceId: 'A',
      expiresAt: new Date(Date.now() + 3_600_000) });

    const late = await side('C');
    await until(() => late.presence.get('g1') === 'online');
    await documents.delete('g1');
    await until(() => late.presence.get('g1') === 'offline');

    expect(late.presence.available()).to.deep.equal([]);
  });

  it('forgets the agents of an instance that died once their presence is not renewed',
    async () => {
      const a = await side('A');
      const b = await side('B');
      a.presence.connected('g1', 1);
      await until(() => b.presence.get('g1') === 'online');

      a.presence.stop();
      now += 301;

      expect(b.presence.get('g1')).to.equal('offline');
      expect(b.presence.available()).to.deep.equal([]);
    });

  it('keeps an agent present whose console reconnected to another instance', async () => {
    const documents = database.collection<PresenceDocument>(AGENT_PRESENCE);
    const a = await side('A');
    const b = await side('B');
    a.presence.connected('g1', 1);
    await until(() => b.presence.get('g1') === 'online');

    a.presence.stop();
    b.presence.connected('g1', 1);
    now += 200;
    // B renews it (every third of the ttl), as the instance now serving the console
    while ((await documents.get('g1'))?.instanceId !== 'B') {
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
    }
    await until(() => b.presence.get('g1') === 'online');
    now += 200;
    const afterAExpired = b.presence.get('g1');
    b.presence.connected('g1', -1);

    expect(afterAExpired).to.equal('online');
    expect(b.presence.get('g1')).to.equal('offline');
  });

  it('keeps an agent present when the instance they left closes their old console late',
    async () => {
      const documents = database.collection<PresenceDocument>(AGENT_PRESENCE);
      const a = await side('A');
      const b = await side('B');
      a.presence.connected('g1', 1);
      await until(() => b.presence.get('g1') === 'online');

      b.presence.connected('g1', 1);
      a.presence.connected('g1', -1);
      while ((await documents.get('g1'))?.instanceId !== 'B') {
        await new Promise<void>((resolve) => setTimeout(resolve, 5));
      }
      await until(() => a.presence.get('g1') === 'online');

      expect(b.presence.get('g1')).to.equal('online');
      expect((await documents.get('g1'))?.status).to.equal('online');
    });

  it('lets an agent go offline themselves, whatever instance holds their console',
    async () => {
      const a = await side('A');
      const b = await side('B');
      b.presence.connected('g1', 1);
      await until(() => a.presence.get('g1') === 'online');

      a.presence.set('g1', 'offline');
      await until(() => b.presence.get('g1') === 'offline');
      b.presence.connected('g1', 1);

      expect(b.presence.get('g1')).to.equal('online');
    });
});
