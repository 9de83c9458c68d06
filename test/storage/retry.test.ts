import { expect } from 'chai';
import sinon from 'sinon';
import { InvalidQueryError } from '../../storage/filter';
import { backoffDelay, withRetry, type RetryOptions } from '../../storage/retry';
import { DuplicateKeyError } from '../../storage/types';

function options(sleep = sinon.stub().resolves()): RetryOptions {
  return { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, sleep };
}

describe('storage write retries', () => {
  it('tries again after a transient failure, waiting in between', async () => {
    const sleep = sinon.stub().resolves();
    const write = sinon.stub().onFirstCall().rejects(new Error('ECONNRESET')).resolves('done');

    expect(await withRetry(write, options(sleep))).to.equal('done');
    expect(write.callCount).to.equal(2);
    expect(sleep.callCount).to.equal(1);
  });

  it('gives up after the last attempt with the last error', async () => {
    const write = sinon.stub().rejects(new Error('EIO'));

    const failure = await withRetry(write, options()).catch((error: Error) => error);

    expect(failure).to.be.instanceOf(Error).with.property('message', 'EIO');
    expect(write.callCount).to.equal(4);
  });

  it('never retries an answer about the request itself', async () => {
    for (const error of [new DuplicateKeyError('c', 'id'), new InvalidQueryError('bad')]) {
      const write = sinon.stub().rejects(error);

      const failure = await withRetry(write, options()).catch((e: Error) => e);

      expect(failure).to.equal(error);
      expect(write.callCount).to.equal(1);
    }
  });

  it('backs off exponentially, within the ceiling', () => {
    const random = sinon.stub(Math, 'random').returns(0.999);
    try {
      const delays = [0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, options()));

      expect(delays).to.deep.equal([99, 199, 399, 799, 999, 999]);
    } finally {
      random.restore();
    }
  });
});
