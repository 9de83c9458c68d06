import { expect } from 'chai';
import type { Middleware } from 'botbuilder';
import { ACTIVITIES_SPEC, type LoggedActivity } from '../../directline/conversationLog';
import type { Handoff } from '../../handoff';
import type { HandoffEvent } from '../../handoff/events';
import type { AssistantFactory } from '../../server/compose';
import { startApp, type RunningApp } from '../helpers/app';
import { DirectLineClient } from '../helpers/directLineClient';
import { handoffAssistant } from './handoffAssistant';

/** A turn for `text` that does not end until `release` is called. */
function holding(text: string): { middleware: Middleware; release: () => void } {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const middleware: Middleware = {
    async onTurn(context, next) {
      if (context.activity.text === text) {
        await held;
      }
      await next();
    },
  };
  return { middleware, release: () => release() };
}

function withMiddleware(factory: AssistantFactory, middleware: Middleware): AssistantFactory {
  return async (deps) => {
    const built = await factory(deps);
    return { ...built, middleware: [...built.middleware, middleware] };
  };
}

function userLines(events: HandoffEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'entry' && event.entry.from === 'user'
    ? [event.entry.text] : []));
}

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) {
      throw new Error('timed out');
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('live relay of a Direct Line conversation to agents', () => {
  let app: RunningApp;
  let handoff: Handoff;
  let hold: ReturnType<typeof holding>;

  beforeEach(async () => {
    hold = holding('une longue question');
    const holder: { handoff?: Handoff } = {};
    app = await startApp({ assistant: withMiddleware(
      handoffAssistant(holder, { readsLog: true }), hold.middleware) });
    if (!holder.handoff) {
      throw new Error('the assistant was not built');
    }
    handoff = holder.handoff;
  });

  afterEach(async () => {
    hold.release();
    await app.stop();
  });

  it('shows a message as soon as it is stored, while an earlier turn still runs', async () => {
    const live: HandoffEvent[] = [];
    handoff.events.subscribe((event) => live.push(event));
    const citizen = await DirectLineClient.start(app.url);

    await citizen.say('une longue question');
    const answer = await citizen.say('et une autre');

    // the second message's turn waits for the first one; the agent does not
    expect(answer.status).to.equal(200);
    expect(userLines(live)).to.deep.equal(['une longue question', 'et une autre']);

    hold.release();
    await app.directLine.whenIdle();
    const listed = await handoff.transcript.list(citizen.conversationId, false);
    const liveIds = live.flatMap((event) => (event.type === 'entry' ? [event.entry.id] : []));
    expect(liveIds).to.deep.equal(listed.map((entry) => entry.id));
  });

  it('shows a message while its write is in flight, before the store reports it durable',
    async () => {
      const heard: string[] = [];
      handoff.events.subscribe((event) => {
        if (event.type === 'entry' && event.entry.from === 'user') {
          heard.push(`agent: ${event.entry.text}`);
        }
      });
      // the embedded store reports a change once its line is fsynced
      const durable = app.database.subscribe?.<LoggedActivity>(ACTIVITIES_SPEC.name, {},
        (change) => {
          if (change.doc?.json.includes('"au secours"') === true) {
            heard.push('durable: au secours');
          }
        });
      await durable?.ready;
      const citizen = await DirectLineClient.start(app.url);

      await citizen.say('au secours');
      await until(() => heard.length === 2);

      expect(heard).to.deep.equal(['agent: au secours', 'durable: au secours']);
      await durable?.close();
    });

  it('keeps the order of the log on the agent feed for messages sent back to back',
    async () => {
      const live: HandoffEvent[] = [];
      handoff.events.subscribe((event) => live.push(event));
      const citizen = await DirectLineClient.start(app.url);
      const texts = ['un', 'deux', 'trois', 'quatre', 'cinq'];

      const answers = await Promise.all(texts.map((text) => citizen.say(text)));
      await until(() => userLines(live).length === texts.length);

      expect(answers.map((answer) => answer.status)).to.deep.equal(texts.map(() => 200));
      const logged = (await app.directLine.endpoint.read(citizen.conversationId)).activities
        .filter((activity) => activity.from?.role === 'user').map((activity) => activity.text);
      expect(userLines(live)).to.deep.equal(logged);
      expect([...userLines(live)].sort()).to.deep.equal([...texts].sort());
    });

  it('shows agents nothing of a message it refused', async () => {
    const live: HandoffEvent[] = [];
    handoff.events.subscribe((event) => live.push(event));
    const citizen = await DirectLineClient.start(app.url);
    await citizen.say('bonjour');
    await until(() => userLines(live).length === 1);

    const refused = await citizen.post({ type: 'message', text: 'x'.repeat(6000) });

    expect(refused.status).to.equal(400);
    await app.directLine.whenIdle();
    expect(userLines(live)).to.deep.equal(['bonjour']);
  });
});
