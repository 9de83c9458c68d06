import {
  TestAdapter, type Activity, type ConversationReference, type Middleware, type TurnContext,
} from 'botbuilder';
import type { AgentPrincipal } from '../../core/auth';
import type { ProactiveSender } from '../../core/channels';
import type { Understanding } from '../../nlu/types';
import { createHandoff, type Handoff, type HandoffDeps } from '../../handoff';
import { MemoryDatabase } from '../helpers/memoryCollection';

/** Records what the handoff part sends to citizens out of their turn. */
export class FakeSender implements ProactiveSender {
  readonly sent: Array<{ conversationId: string; activity: Partial<Activity> }> = [];

  async send(reference: Partial<ConversationReference>, activities: Partial<Activity>[]):
  Promise<void> {
    for (const activity of activities) {
      this.sent.push({ conversationId: reference.conversation?.id ?? '', activity });
    }
  }

  texts(conversationId: string): string[] {
    return this.sent.filter((item) => item.conversationId === conversationId
      && item.activity.type === 'message').map((item) => item.activity.text ?? '');
  }
}

export class Clock {
  // starts at the real time: storage engines compare retention dates with their own clock
  constructor(public time = Date.now()) {}

  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }
}

/** A stand-in for the bot's triage: the word "URGENCE" is an emergency. */
export function understand(text: string): Understanding {
  const detected = /urgence|au secours/i.test(text);
  return { text, normalized: text.toLowerCase(), topic: 'none', score: 0, alternatives: [],
    ambiguous: false, emergency: { detected, numbers: detected ? ['17'] : [] } };
}

/** What the real bot does on each message: triage, gate, then its own answer. */
export function fakeBot(handoff: Handoff) {
  return async (context: TurnContext): Promise<void> => {
    const understanding = understand(context.activity.text ?? '');
    if (understanding.emergency.detected) {
      await context.sendActivity('[urgence] Appelez le 17.');
      await handoff.gate.request(context, 'emergency', 'emergency');
    }
    if (await handoff.gate.intercept(context, understanding)) {
      return;
    }
    if (understanding.emergency.detected) {
      return;
    }
    if (/gendarme/i.test(understanding.text)) {
      await handoff.gate.request(context, 'user_request', 'normal', { topic: 'vol',
        collected: { lieu: 'Lyon' } });
      return;
    }
    await context.sendActivity('[bot] réponse du robot');
  };
}

/** One citizen in their own conversation with the fake bot. */
export class Citizen {
  readonly adapter: TestAdapter;

  constructor(readonly id: string, logic: (context: TurnContext) => Promise<void>,
    private readonly middleware?: Middleware, private readonly channelId = 'test') {
    this.adapter = new TestAdapter(logic, this.template());
    if (middleware) {
      this.adapter.use(middleware);
    }
  }

  private template(): Partial<Activity> {
    return { conversation: { id: this.id, isGroup: false, conversationType: 'personal',
      name: '' }, channelId: this.channelId, from: { id: `user-${this.id}`, name: 'citoyen' },
    recipient: { id: 'bot', name: 'bot' } };
  }

  /** Runs one turn of this conversation with other logic than the fake bot's. */
  async turn(logic: (context: TurnContext) => Promise<void>,
    activity: Partial<Activity> = { type: 'message', text: '' }): Promise<Partial<Activity>[]> {
    const adapter = new TestAdapter(logic, this.template());
    if (this.middleware) {
      adapter.use(this.middleware);
    }
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(0);
  }

  /** Sends an activity and returns what the bot answered within the turn. */
  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.adapter.activeQueue.splice(0);
    await this.adapter.receiveActivity(activity);
    return this.adapter.activeQueue.splice(0);
  }

  async say(text: string): Promise<string[]> {
    const replies = await this.send({ type: 'message', text });
    return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
  }
}

export interface World {
  handoff: Handoff;
  sender: FakeSender;
  clock: Clock;
  database: MemoryDatabase;
  /** A citizen whose adapter runs the handoff middleware (unless withoutMiddleware). */
  citizen(id: string, withoutMiddleware?: boolean): Citizen;
  /** A citizen writing on another channel than the trusted 'test' one (e.g. 'facebook'). */
  citizenOn(channelId: string, id: string): Citizen;
}

export function world(overrides: Partial<HandoffDeps> = {}): World {
  const sender = new FakeSender();
  const clock = new Clock();
  const database = new MemoryDatabase();
  const handoff = createHandoff({ database, sender, now: clock.now,
    trustedStatusChannels: ['test'], ...overrides });
  return { handoff, sender, clock, database,
    citizen: (id, withoutMiddleware = false) => new Citizen(id, fakeBot(handoff),
      withoutMiddleware ? undefined : handoff.middleware),
    citizenOn: (channelId, id) => new Citizen(id, fakeBot(handoff), handoff.middleware,
      channelId) };
}

export function agent(agentId: string, role: AgentPrincipal['role'] = 'agent'): AgentPrincipal {
  return { agentId, role, sessionId: `session-${agentId}` };
}

/** A citizen (c1, Camille) whose conversation agent a1 took and closed: the rating is asked. */
export async function closedWithRatingAsked(): Promise<World & { camille: Citizen }> {
  const setup = world();
  setup.handoff.presence.set('a1', 'online');
  const camille = setup.citizen('c1');
  await camille.say('gendarme');
  await setup.handoff.service.claim(agent('a1'), 'c1');
  await setup.handoff.service.close(agent('a1'), 'c1');
  return { ...setup, camille };
}
