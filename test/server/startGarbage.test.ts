import { expect } from 'chai';
import sinon from 'sinon';
import { collectOnceReady, fullCollector } from '../../server/startGarbage';

describe('the start garbage collected once, when the server first becomes ready', () => {
  it('collects nothing while the server is not ready, then once, then never again', async () => {
    const collect = sinon.spy();
    const answers = [false, false, true, true, false, true];
    const ready = collectOnceReady(async () => answers.shift() ?? true, collect);

    const seen: boolean[] = [];
    for (let call = 0; call < 6; call += 1) {
      seen.push(await ready());
      expect(collect.callCount, `after answer ${call + 1}`).to.equal(call < 2 ? 0 : 1);
    }

    expect(seen).to.deep.equal([false, false, true, true, false, true]);
  });

  it('answers readiness unchanged where no collector is available', async () => {
    const ready = collectOnceReady(async () => true, undefined);

    expect(await ready()).to.equal(true);
  });

  it('gets a real full collection from V8 without a command-line flag', () => {
    const collect = fullCollector();

    expect(collect).to.be.a('function');
    expect(() => collect?.()).not.to.throw();
  });
});
