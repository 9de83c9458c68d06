import { expect } from 'chai';
import sinon from 'sinon';
import { TestAdapter, TurnContext } from 'botbuilder';
import { IdleCollector } from '../../server/idleCollector';

/** A collector on a hand-driven clock: `turns(n)` runs n turns at the current time. */
function harness(collect: () => Promise<void>) {
  let now = 1_000_000;
  const idle = new IdleCollector({ collect, quietMs: 2_000, minTurns: 3, clock: () => now });
  const context = new TurnContext(new TestAdapter(), { type: 'message' });
  return {
    idle,
    later: (ms: number) => {
      now += ms;
    },
    turns: async (count: number) => {
      for (let turn = 0; turn < count; turn += 1) {
        await idle.onTurn(context, async () => undefined);
      }
    },
  };
}

describe('the young generation given back once a burst of turns is over', () => {
  const cases: Array<[string, number, number, boolean]> = [
    // what happened, turns, ms of quiet after them, collected
    ['a burst, then 2 s without a turn', 3, 2_000, true],
    ['a burst, turns still arriving a second ago', 3, 1_000, false],
    ['two turns only (a quiet server is not collected for nothing)', 2, 60_000, false],
    ['no turn at all since start', 0, 60_000, false],
  ];
  for (const [what, count, quiet, expected] of cases) {
    it(`${expected ? 'collects' : 'does not collect'} after ${what}`, async () => {
      const collect = sinon.stub().resolves();
      const { idle, turns, later } = harness(collect);

      await turns(count);
      later(quiet);

      expect(await idle.collectIfQuiet()).to.equal(expected);
      expect(collect.callCount).to.equal(expected ? 1 : 0);
    });
  }

  it('collects once per burst, however long the quiet lasts', async () => {
    const collect = sinon.stub().resolves();
    const { idle, turns, later } = harness(collect);

    await turns(5);
    later(3_000);
    await idle.collectIfQuiet();
    later(60_000);
    await idle.collectIfQuiet();
    expect(collect.callCount).to.equal(1);

    await turns(3);
    later(2_500);
    await idle.collectIfQuiet();
    expect(collect.callCount).to.equal(2);
  });

  it('never runs two collections at once', async () => {
    let finish: () => void = () => undefined;
    const collect = sinon.stub().returns(new Promise<void>((resolve) => {
      finish = resolve;
    }));
    const { idle, turns, later } = harness(collect);

    await turns(3);
    later(2_000);
    const first = idle.collectIfQuiet();
    await turns(3);
    later(2_000);

    expect(await idle.collectIfQuiet()).to.equal(false);
    finish();
    expect(await first).to.equal(true);
    expect(collect.callCount).to.equal(1);
  });

  it('lets turns run while it waits, and a failed collection changes nothing', async () => {
    const collect = sinon.stub().rejects(new Error('inspector gone'));
    const { idle, turns, later } = harness(collect);
    let ran = false;

    await idle.onTurn(new TurnContext(new TestAdapter(), { type: 'message' }), async () => {
      ran = true;
    });
    await turns(2);
    later(2_000);

    expect(ran).to.equal(true);
    expect(await idle.collectIfQuiet()).to.equal(false);
  });

  it('starts and stops its timer without keeping the process up', () => {
    const { idle } = harness(sinon.stub().resolves());

    idle.start();
    idle.start();
    idle.stop();
    idle.stop();
  });
});
