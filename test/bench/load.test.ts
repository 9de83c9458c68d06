import { expect } from 'chai';
import { BenchConversation } from '../../bench/directLineClient';
import { pauses, runLoad } from '../../bench/load';
import { TURNS_PER_CONVERSATION } from '../../bench/script';
import { createEchoAssistant } from '../../scripts/echo-bot';
import { startApp, type RunningApp } from '../helpers/app';

const CLOSED_LOOP = { concurrency: 2, conversations: 3, maxMs: 60_000, waitGreeting: false };

describe('bench load client', () => {
  let app: RunningApp;

  before(async () => {
    app = await startApp({ assistant: async () => createEchoAssistant() });
  });

  after(() => app.stop());

  it('times a turn until the bot reply to that very message arrives on the stream', async () => {
    const conversation = await BenchConversation.open(app.url);

    const first = await conversation.turn('Bonjour');
    const second = await conversation.turn('au revoir');
    conversation.close();

    for (const latency of [first, second]) {
      expect(latency).to.be.a('number').and.to.be.at.least(0);
    }
  });

  it('runs every conversation of the script to its end, without error', async () => {
    const run = await runLoad(app.url, CLOSED_LOOP);

    expect(run.errors, run.errorSamples.join('; ')).to.equal(0);
    expect(run.conversations).to.equal(3);
    expect(run.latencies).to.have.length(3 * TURNS_PER_CONVERSATION);
    expect(run.turnsPerSecond).to.be.greaterThan(0);
  });

  it('counts a conversation that cannot start as an error, with its reason', async () => {
    const run = await runLoad('http://127.0.0.1:9', { ...CLOSED_LOOP, conversations: 1 });

    expect(run.errors).to.equal(1);
    expect(run.errorSamples[0]).to.match(/ECONNREFUSED/);
    expect(run.latencies).to.deep.equal([]);
  });

  it('refuses a load without citizens, conversations or time', async () => {
    for (const bad of [{ concurrency: 0 }, { conversations: 1.5 }, { maxMs: -1 }]) {
      await runLoad(app.url, { ...CLOSED_LOOP, ...bad }).then(
        () => expect.fail('accepted'),
        (error: unknown) => expect(String(error)).to.match(/must be a positive integer/));
    }
  });

  it('refuses pauses whose bounds are reversed or negative', async () => {
    await runLoad(app.url, { ...CLOSED_LOOP, thinkMs: [3, 1] }).then(
      () => expect.fail('accepted'),
      (error: unknown) => expect(String(error)).to.match(/thinkMs must be/));
  });
});

describe('bench citizen pauses', () => {
  it('stay within their bounds', () => {
    const pause = pauses(7, [2000, 4000]);
    const drawn = Array.from({ length: 200 }, pause);

    expect(Math.min(...drawn)).to.be.at.least(2000);
    expect(Math.max(...drawn)).to.be.below(4000);
  });

  it('are the same from one run to the next, and differ between conversations', () => {
    const once = Array.from({ length: 5 }, pauses(3, [0, 1000]));
    const again = Array.from({ length: 5 }, pauses(3, [0, 1000]));
    const other = Array.from({ length: 5 }, pauses(4, [0, 1000]));

    expect(again).to.deep.equal(once);
    expect(other).to.not.deep.equal(once);
  });
});
