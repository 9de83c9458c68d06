import { expect } from 'chai';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { SerialTurns } from '../../server/serialTurns';
import { LeaseManager, LeaseTimeoutError, type LeaseDocument } from '../../storage/leases';
import type { Collection } from '../../storage/types';
import { MemoryCollection } from '../helpers/memoryCollection';

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

describe('per-conversation turn serialisation across instances (shared store)', () => {
  function instance(leases: Collection<LeaseDocument>, owner: string,
    waitMs = 5000): SerialTurns {
    const manager = new LeaseManager(leases, { owner, ttlMs: 30_000,
      sleep: () => new Promise<void>((resolve) => setImmediate(resolve)) });
    return new SerialTurns({ leases: manager, waitMs });
  }

  it('runs a turn on instance B only after the turn of the same conversation on A', async () => {
    const leases = new MemoryCollection<LeaseDocument>('leases');
    const a = instance(leases, 'a');
    const b = instance(leases, 'b');
    const events: string[] = [];

    const onA = openTurn(a, context('conv'), events, 'A');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const onB = openTurn(b, context('conv'), events, 'B');
    for (let i = 0; i < 5; i += 1) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const seenWhileAHolds = [...events];
    onA.finish();
    onB.finish();
    await Promise.all([onA.done, onB.done]);

    expect(seenWhileAHolds).to.deep.equal(['A starts']);
    expect(events).to.deep.equal(['A starts', 'A ends', 'B starts', 'B ends']);
    expect(await leases.count({})).to.equal(0);
  });

  it('fails a turn whose lease is not had in time, without running it', async () => {
    const leases = new MemoryCollection<LeaseDocument>('leases');
    const holder = new LeaseManager(leases, { owner: 'stuck', ttlMs: 30_000 });
    await holder.acquire('turn:directline:conv');
    const events: string[] = [];

    const turn = openTurn(instance(leases, 'b', 50), context('conv'), events, 'B');
    turn.finish();
    const error = await turn.done.then(() => undefined, (caught: unknown) => caught);

    expect(error).to.be.instanceOf(LeaseTimeoutError);
    expect(events).to.deep.equal([]);
  });

  it('still answers when the store cannot give leases (a citizen may be in danger)', async () => {
    const leases = new MemoryCollection<LeaseDocument>('leases');
    leases.insert = () => Promise.reject(new Error('store down'));
    const events: string[] = [];

    const turn = openTurn(instance(leases, 'b'), context('conv'), events, 'B');
    turn.finish();
    await turn.done;

    expect(events).to.deep.equal(['B starts', 'B ends']);
  });

  it('passes the error of the turn itself on, and runs it once', async () => {
    const leases = new MemoryCollection<LeaseDocument>('leases');
    let runs = 0;

    const error = await instance(leases, 'a').onTurn(context('conv'), async () => {
      runs += 1;
      throw new RangeError('the bot failed');
    }).then(() => undefined, (caught: unknown) => caught);

    expect(error).to.be.instanceOf(RangeError);
    expect(runs).to.equal(1);
    expect(await leases.count({})).to.equal(0);
  });
});
