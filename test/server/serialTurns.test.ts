import { expect } from 'chai';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { SerialTurns } from '../../server/serialTurns';

function context(conversationId: string, extra: Partial<Activity> = {}): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message', channelId: 'directline', conversation: { id: conversationId, isGroup: false,
      conversationType: 'personal', name: '' }, ...extra,
  });
}

interface Turn {
  done: Promise<void>;
  finish(): void;
}

/** Starts a turn through the middleware that stays open until `finish` is called. */
function openTurn(
  serial: SerialTurns, turnContext: TurnContext, events: string[], name: string,
): Turn {
  let finish = (): void => undefined;
  const release = new Promise<void>((resolve) => { finish = resolve; });
  const done = serial.onTurn(turnContext, async () => {
    events.push(`${name} starts`);
    await release;
    events.push(`${name} ends`);
  });
  return { done, finish };
}

describe('per-conversation turn serialisation', () => {
  it('runs a second turn of a conversation only after the first has finished', async () => {
    const serial = new SerialTurns();
    const events: string[] = [];

    const first = openTurn(serial, context('conv'), events, 'first');
    const second = openTurn(serial, context('conv'), events, 'second');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const seenWhileFirstRuns = [...events];
    first.finish();
    second.finish();
    await Promise.all([first.done, second.done]);

    expect(seenWhileFirstRuns).to.deep.equal(['first starts']);
    expect(events).to.deep.equal(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('lets turns of different conversations run at the same time', async () => {
    const serial = new SerialTurns();
    const events: string[] = [];

    const a = openTurn(serial, context('a'), events, 'a');
    const b = openTurn(serial, context('b'), events, 'b');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const seen = [...events];
    a.finish();
    b.finish();
    await Promise.all([a.done, b.done]);

    expect(seen).to.have.members(['a starts', 'b starts']);
  });

  it('lets a proactive continuation through, even while a turn of it runs', async () => {
    const serial = new SerialTurns();
    const events: string[] = [];

    const turn = openTurn(serial, context('conv'), events, 'turn');
    const continuation = openTurn(serial,
      context('conv', { type: 'event', name: 'ContinueConversation' }), events, 'proactive');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const seen = [...events];
    continuation.finish();
    turn.finish();
    await Promise.all([turn.done, continuation.done]);

    expect(seen).to.have.members(['turn starts', 'proactive starts']);
  });

  it('drains: resolves when the turns in flight have finished', async () => {
    const serial = new SerialTurns();
    const events: string[] = [];
    const turn = openTurn(serial, context('conv'), events, 'turn');

    const drained = serial.drain().then(() => events.push('drained'));
    turn.finish();
    await drained;

    expect(events).to.deep.equal(['turn starts', 'turn ends', 'drained']);
  });
});
