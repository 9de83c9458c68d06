import { expect } from 'chai';
import sinon from 'sinon';
import { getHeapSpaceStatistics } from 'v8';
import {
  collectOnceReady, fullCollector, reducingCollector, startCollector,
} from '../../server/startGarbage';

function youngGenerationBytes(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
    ?.space_size ?? 0;
}

/** Short-lived objects, a third of them kept a while: V8 grows its young generation. */
function churn(): number {
  let kept: Array<{ at: number }> = [];
  let total = 0;
  for (let at = 0; at < 2_000_000; at += 1) {
    const value = { at };
    if (at % 3 === 0) {
      kept.push(value);
    }
    if (kept.length > 100_000) {
      total += kept.length;
      kept = [];
    }
  }
  return total;
}

describe('the start garbage collected once, when the server first becomes ready', () => {
  it('collects nothing while the server is not ready, then once, then never again', async () => {
    const collect = sinon.stub().resolves();
    const answers = [false, false, true, true, false, true];
    const ready = collectOnceReady(async () => answers.shift() ?? true, collect);

    const seen: boolean[] = [];
    for (let call = 0; call < 6; call += 1) {
      seen.push(await ready());
      expect(collect.callCount, `after answer ${call + 1}`).to.equal(call < 2 ? 0 : 1);
    }

    expect(seen).to.deep.equal([false, false, true, true, false, true]);
  });

  it('answers ready only once the collection is over', async () => {
    let over = false;
    const ready = collectOnceReady(async () => true, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      over = true;
    });

    expect(await ready()).to.equal(true);
    expect(over).to.equal(true);
  });

  it('answers readiness unchanged where no collector is available', async () => {
    const ready = collectOnceReady(async () => true, undefined);

    expect(await ready()).to.equal(true);
  });

  it('answers readiness unchanged when the collection fails, and does not retry it', async () => {
    const collect = sinon.stub().rejects(new Error('inspector gone'));
    const ready = collectOnceReady(async () => true, collect);

    expect(await ready()).to.equal(true);
    expect(await ready()).to.equal(true);
    expect(collect.callCount).to.equal(1);
  });

  it('gets a real full collection from V8 without a command-line flag', async () => {
    const collect = fullCollector();

    expect(collect).to.be.a('function');
    await collect?.();
  });

  it('prefers the collection that shrinks the young generation grown by the start', async () => {
    const collect = reducingCollector();
    expect(collect).to.be.a('function');
    expect(startCollector()).to.be.a('function');

    expect(churn()).to.be.above(0);
    const grown = youngGenerationBytes();
    await collect?.();
    await collect?.();

    // a plain full collection leaves it as it is (16 MB here) until the process idles
    expect(youngGenerationBytes()).to.be.below(grown);
  });
});
