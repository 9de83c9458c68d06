import { expect } from 'chai';
import { KeyedQueue } from '../../directline/keyedQueue';

function gate(): { wait: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const wait = new Promise<void>((resolve) => { open = resolve; });
  return { wait, open };
}

describe('keyed queue', () => {
  it('runs the tasks of one key one after the other, in order', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const first = gate();

    const a = queue.run('conv', async () => {
      events.push('a starts');
      await first.wait;
      events.push('a ends');
    });
    const b = queue.run('conv', async () => { events.push('b runs'); });
    await Promise.resolve();
    first.open();
    await Promise.all([a, b]);

    expect(events).to.deep.equal(['a starts', 'a ends', 'b runs']);
  });

  it('runs different keys side by side', async () => {
    const queue = new KeyedQueue();
    const blocked = gate();
    const events: string[] = [];

    const a = queue.run('one', async () => { await blocked.wait; events.push('one'); });
    await queue.run('two', async () => { events.push('two'); });
    blocked.open();
    await a;

    expect(events).to.deep.equal(['two', 'one']);
  });

  it('goes on after a failed task and hands the failure to its caller only', async () => {
    const queue = new KeyedQueue();

    const failed = queue.run('conv', async () => { throw new Error('boom'); });
    const next = queue.run('conv', async () => 'ok');

    let error: unknown;
    await failed.catch((e: unknown) => { error = e; });
    expect(String(error)).to.match(/boom/);
    expect(await next).to.equal('ok');
  });

  it('drains: resolves once every queued task has finished', async () => {
    const queue = new KeyedQueue();
    const blocked = gate();
    let finished = false;
    void queue.run('conv', async () => { await blocked.wait; finished = true; });

    const drained = queue.drain().then(() => finished);
    expect(queue.size).to.equal(1);
    blocked.open();

    expect(await drained).to.equal(true);
    expect(queue.size).to.equal(0);
  });
});
