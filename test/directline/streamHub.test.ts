import { expect } from 'chai';
import sinon from 'sinon';
import type { Activity } from 'botbuilder';
import WebSocket from 'ws';
import { StreamHub } from '../../directline/streamHub';

/** Just enough of a ws socket: records what is sent, and can be closed. */
class FakeSocket {
  readyState: number = WebSocket.OPEN;
  readonly sent: string[] = [];
  readonly closes: number[] = [];
  private readonly closeHandlers: Array<() => void> = [];

  send(data: string): void {
    this.sent.push(data);
  }

  on(event: string, handler: () => void): void {
    if (event === 'close') {
      this.closeHandlers.push(handler);
    }
  }

  close(code: number): void {
    this.closes.push(code);
    this.readyState = WebSocket.CLOSED;
    this.closeHandlers.forEach((handler) => handler());
  }

  /** Sent frames, keep-alives left out, as [texts, watermark]. */
  frames(): Array<[Array<string | undefined>, string]> {
    return this.sent.filter((data) => data !== '').map((data) => {
      const set = JSON.parse(data) as { activities: Activity[]; watermark: string };
      return [set.activities.map((a) => a.text), set.watermark];
    });
  }
}

function message(seq: number): Activity {
  return { type: 'message', text: `m${seq}`, id: `c|${seq}` } as Activity;
}

function addSocket(hub: StreamHub, conversationId: string, watermark = -1): {
  socket: FakeSocket; start(activities: Activity[], last: number): void;
} {
  const socket = new FakeSocket();
  const subscriber = hub.add(conversationId, socket as unknown as WebSocket, watermark);
  return {
    socket,
    start: (activities, last) => subscriber.start({ activities, watermark: last }),
  };
}

describe('Direct Line stream hub', () => {
  let hub: StreamHub;

  beforeEach(() => {
    hub = new StreamHub();
  });

  afterEach(() => hub.closeAll());

  it('sends the backlog first, then live activities, each once and in order', () => {
    const { socket, start } = addSocket(hub, 'c');

    hub.publish('c', message(2), 2);
    start([message(0), message(1), message(2)], 2);
    hub.publish('c', message(3), 3);

    expect(socket.frames()).to.deep.equal([
      [['m0', 'm1', 'm2'], '2'],
      [['m3'], '3'],
    ]);
  });

  it('sends nothing at or before the watermark the client asked for', () => {
    const { socket, start } = addSocket(hub, 'c', 1);

    start([], 1);
    hub.publish('c', message(1), 1);
    hub.publish('c', message(2), 2);

    expect(socket.frames()).to.deep.equal([[['m2'], '2']]);
  });

  it('publishes to every socket of the conversation and to no other', () => {
    const a1 = addSocket(hub, 'a');
    const a2 = addSocket(hub, 'a');
    const b = addSocket(hub, 'b');
    [a1, a2, b].forEach((s) => s.start([], -1));

    hub.publish('a', message(0), 0);

    expect(a1.socket.frames()).to.have.length(1);
    expect(a2.socket.frames()).to.have.length(1);
    expect(b.socket.frames()).to.deep.equal([]);
  });

  it('forgets a socket once it is closed', () => {
    const { socket, start } = addSocket(hub, 'c');
    start([], -1);

    socket.close(1000);

    expect(hub.count('c')).to.equal(0);
  });

  it('closes every stream with 1001 "going away" on shutdown', () => {
    const a = addSocket(hub, 'a');
    const b = addSocket(hub, 'b');

    hub.closeAll();

    expect([a.socket.closes, b.socket.closes]).to.deep.equal([[1001], [1001]]);
    expect(hub.count()).to.equal(0);
  });

  it('sends an activity that comes twice (this instance and the store) once', () => {
    const { socket, start } = addSocket(hub, 'c');
    start([], -1);

    hub.publish('c', message(0), 0);
    hub.publish('c', message(0), 0);
    hub.publish('c', message(1), 1);

    expect(socket.frames()).to.deep.equal([[['m0'], '0'], [['m1'], '1']]);
  });

  it('holds an activity back until the one before it has come, then sends both in order', () => {
    const { socket, start } = addSocket(hub, 'c');
    start([], -1);

    hub.publish('c', message(0), 0);
    hub.publish('c', message(2), 2);
    const whileMissing = socket.frames().length;
    hub.publish('c', message(1), 1);

    expect(whileMissing).to.equal(1);
    expect(socket.frames()).to.deep.equal([[['m0'], '0'], [['m1', 'm2'], '2']]);
  });

  it('reads the log when a missing activity does not come, and sends what it holds', async () => {
    const clock = sinon.useFakeTimers();
    try {
      const reads: number[] = [];
      const gapHub = new StreamHub({ gapWaitMs: 500, read: async (_id, watermark) => {
        reads.push(watermark);
        return { activities: [message(2), message(3)], watermark: 3 };
      } });
      const { socket, start } = addSocket(gapHub, 'c');
      start([message(0)], 0);

      gapHub.publish('c', message(3), 3);
      gapHub.publish('c', message(2), 2);
      await clock.tickAsync(499);
      const before = socket.frames().length;
      await clock.tickAsync(1);

      expect(before).to.equal(1);
      expect(reads).to.deep.equal([0]);
      expect(socket.frames()).to.deep.equal([[['m0'], '0'], [['m2', 'm3'], '3']]);
      gapHub.closeAll();
    } finally {
      clock.restore();
    }
  });

  it('does not read the log when the gap filled in time', async () => {
    const clock = sinon.useFakeTimers();
    try {
      const read = sinon.stub().resolves({ activities: [], watermark: -1 });
      const gapHub = new StreamHub({ gapWaitMs: 500, read });
      const { socket, start } = addSocket(gapHub, 'c');
      start([], -1);

      gapHub.publish('c', message(1), 1);
      gapHub.publish('c', message(0), 0);
      await clock.tickAsync(1000);

      expect(read.called).to.equal(false);
      expect(socket.frames()).to.deep.equal([[['m0', 'm1'], '1']]);
      gapHub.closeAll();
    } finally {
      clock.restore();
    }
  });

  it('catches every stream up from the log (after the change feed was lost)', async () => {
    const catchUpHub = new StreamHub({ read: async (_id, watermark) => ({
      activities: [message(watermark + 1)], watermark: watermark + 1,
    }) });
    const { socket, start } = addSocket(catchUpHub, 'c');
    start([message(0)], 0);

    await catchUpHub.catchUpAll();

    expect(socket.frames()).to.deep.equal([[['m0'], '0'], [['m1'], '1']]);
    catchUpHub.closeAll();
  });

  it('sends empty keep-alive frames on idle streams', () => {
    const clock = sinon.useFakeTimers();
    try {
      const timedHub = new StreamHub(30_000);
      const { socket, start } = addSocket(timedHub, 'c');
      start([], -1);

      clock.tick(30_000);
      clock.tick(30_000);

      expect(socket.sent).to.deep.equal(['', '']);
      timedHub.closeAll();
    } finally {
      clock.restore();
    }
  });
});
