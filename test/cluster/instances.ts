import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ActivityHandler, ConversationState } from 'botbuilder';
import WebSocket from 'ws';
import { loadConfig } from '../../core/config';
import { createHandoff, type Handoff } from '../../handoff';
import { compose, type AssistantFactory, type Composition } from '../../server/compose';
import { openDatabase, type Database } from '../../storage';
import { understand } from '../handoff/harness';

export interface Instance extends Composition {
  name: string;
  url: string;
  handoff: Handoff;
}

/** What the specifications see of the bot's turns and how they can hold one open. */
export interface TurnProbe {
  /** `<instance>:<text>` of each message whose turn has read the conversation's state. */
  read: string[];
  /** A message with this text keeps its turn open, state read, until `release` resolves. */
  hold?: { text: string; release: Promise<void> };
}

export interface TwoInstances {
  a: Instance;
  b: Instance;
  database: Database;
  probe: TurnProbe;
  /** Subscriptions opened on the shared store, per collection, all instances together. */
  subscriptions: Map<string, number>;
  stop(): Promise<void>;
}

/**
 * The bot of these specifications: the handoff gate first (as the real bot), "gendarme"
 * asks for one, and any other message counts the conversation's turns in its state
 * ("tour N"), so that a lost state write shows as a repeated number.
 */
function countingAssistant(name: string, probe: TurnProbe,
  built: (handoff: Handoff) => void): AssistantFactory {
  return async ({ database, proactive, cluster }) => {
    const handoff = createHandoff({ database, sender: proactive, sharing: cluster });
    built(handoff);
    const state = new ConversationState(database.botStorage);
    const turns = state.createProperty<number>('turns');
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (await handoff.gate.intercept(context, understand(text))) {
        await next();
        return;
      }
      if (/gendarme/i.test(text)) {
        await handoff.gate.request(context, 'user_request', 'normal');
        await next();
        return;
      }
      const count = (await turns.get(context, 0)) + 1;
      probe.read.push(`${name}:${text}`);
      if (probe.hold?.text === text) {
        await probe.hold.release;
      }
      await context.sendActivity(`tour ${count} (${name})`);
      await turns.set(context, count);
      await state.saveChanges(context);
      await next();
    });
    return { bot, middleware: [handoff.middleware], ready: () => true,
      mounts: [(server) => handoff.registerRoutes(server)],
      upgrades: [(req, socket, head) => handoff.socket.handleUpgrade(req, socket, head)],
      close: () => handoff.close() };
  };
}

/** The shared store as each instance sees it: closing an instance leaves it open. */
function shared(database: Database, subscriptions: Map<string, number>): Database {
  return {
    engine: database.engine,
    botStorage: database.botStorage,
    collection: (spec) => database.collection(spec),
    health: () => database.health(),
    subscribe: (collection, filter, onChange, onError) => {
      if (database.subscribe === undefined) {
        throw new Error('no change feed');
      }
      subscriptions.set(collection, (subscriptions.get(collection) ?? 0) + 1);
      return database.subscribe(collection, filter, onChange, onError);
    },
    close: async () => undefined,
  };
}

async function startInstance(name: string, database: Database, dataDir: string,
  cluster: Pick<TwoInstances, 'probe' | 'subscriptions'>): Promise<Instance> {
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', SHARED_STORE: 'true',
    // tokens issued by one instance open the conversation on the other
    DIRECTLINE_SECRET: 'a secret every instance of the cluster shares',
  });
  let handoff: Handoff | undefined;
  const composition = await compose(config,
    countingAssistant(name, cluster.probe, (made) => { handoff = made; }),
    { openStore: async () => shared(database, cluster.subscriptions),
      cluster: { instanceId: name } });
  const url = await composition.app.listen(config.port, config.host);
  await composition.cluster?.ready();
  if (handoff === undefined) {
    throw new Error('the handoff part was not built');
  }
  return { ...composition, name, url, handoff };
}

/** Two instances of the app on two loopback ports, sharing one embedded store. */
export async function startTwoInstances(): Promise<TwoInstances> {
  const dataDir = mkdtempSync(join(tmpdir(), 'brigade-cluster-'));
  const database = await openDatabase({ dataDir });
  const seen = { probe: { read: [] }, subscriptions: new Map<string, number>() };
  const a = await startInstance('A', database, dataDir, seen);
  const b = await startInstance('B', database, dataDir, seen);
  return {
    a, b, database, ...seen,
    stop: async () => {
      await Promise.all([a.app.close(), b.app.close()]);
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An agent console's live feed (/api/agent/ws): every JSON event, and waiting for one. */
export class ConsoleFeed {
  readonly events: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.events.push(JSON.parse(String(data)) as Record<string, unknown>);
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((wake) => wake());
    });
  }

  static open(baseUrl: string, cookie: string): Promise<ConsoleFeed> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/agent/ws`,
      { headers: { cookie } });
    const feed = new ConsoleFeed(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(feed));
      socket.once('error', reject);
    });
  }

  /** Waits (mocha's timeout is the limit) for an event matching `predicate`. */
  async waitFor(predicate: (event: Record<string, unknown>) => boolean):
  Promise<Record<string, unknown>> {
    for (;;) {
      const found = this.events.find(predicate);
      if (found) {
        return found;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** Waits until `condition` holds, checking after each turn of the event loop. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise<void>((resolve) => setTimeout(resolve, 5));
  }
}
