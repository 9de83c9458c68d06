import { expect } from 'chai';
import sinon from 'sinon';
import { keepSubscribed } from '../../server/liveFeed';
import type { Subscription } from '../../storage/types';

/** Subscriptions handed out by a fake store: each can be made to fail. */
class FakeFeeds {
  readonly opened: Array<{ fail: (error: Error) => void; closed: boolean }> = [];

  open = (onError: (error: Error) => void): Subscription => {
    const entry = { fail: onError, closed: false };
    this.opened.push(entry);
    return { ready: Promise.resolve(), close: async () => { entry.closed = true; } };
  };
}

describe('a change feed kept open for the life of the process', () => {
  afterEach(() => sinon.restore());

  it('is live once its subscription is ready', async () => {
    const feeds = new FakeFeeds();

    const feed = keepSubscribed('test', feeds.open, () => undefined);
    await feed.ready;

    expect(feed.live()).to.equal(true);
    await feed.close();
  });

  it('opens again after a failure, then lets its user catch up on what it missed',
    async () => {
      const clock = sinon.useFakeTimers();
      const feeds = new FakeFeeds();
      let catchUps = 0;
      const feed = keepSubscribed('test', feeds.open, () => { catchUps += 1; }, 1000);
      await clock.tickAsync(0);

      feeds.opened[0].fail(new Error('stream lost'));
      const whileDown = feed.live();
      await clock.tickAsync(1000);

      expect(whileDown).to.equal(false);
      expect(feeds.opened).to.have.length(2);
      expect(feeds.opened[0].closed).to.equal(true);
      expect(feed.live()).to.equal(true);
      expect(catchUps).to.equal(1);
      await feed.close();
    });

  it('tries again while the store refuses to open the feed', async () => {
    const clock = sinon.useFakeTimers();
    let tries = 0;
    const feed = keepSubscribed('test', () => {
      tries += 1;
      if (tries < 3) {
        throw new Error('no replica set');
      }
      return { ready: Promise.resolve(), close: async () => undefined };
    }, () => undefined, 500);

    await clock.tickAsync(1000);

    expect(tries).to.equal(3);
    expect(feed.live()).to.equal(true);
    await feed.close();
  });

  it('stays closed once closed, even after a failure', async () => {
    const clock = sinon.useFakeTimers();
    const feeds = new FakeFeeds();
    const feed = keepSubscribed('test', feeds.open, () => undefined, 100);
    await clock.tickAsync(0);

    await feed.close();
    feeds.opened[0].fail(new Error('late'));
    await clock.tickAsync(1000);

    expect(feeds.opened).to.have.length(1);
    expect(feed.live()).to.equal(false);
  });
});
