import { expect } from 'chai';
import { join } from 'node:path';
import {
  createThreadedRecognizer, type ThreadedRecognizer, type ThreadedRecognizerOptions,
} from '../../nlu/threaded-recognizer';
import { captureLogs } from '../helpers/logCapture';

const HANGING = join(__dirname, 'threads', 'hanging.js');
const LIMIT_MS = 300;
// what a busy machine may add to the limit before the refusal is read here
const SLACK_MS = 1500;

/** The error `promise` rejects with, and how long after the call it came. */
async function refusal(promise: Promise<unknown>): Promise<{ error: Error; ms: number }> {
  const start = Date.now();
  const outcome = await promise.then(() => null, (error: unknown) => error);
  expect(outcome, 'expected a rejection').to.be.instanceOf(Error);
  return { error: outcome instanceof Error ? outcome : new Error(), ms: Date.now() - start };
}

describe('the time limit of a message in the recogniser thread', function timeoutSpec() {
  this.timeout(30_000);
  let threaded: ThreadedRecognizer | undefined;

  const hanging = (options: ThreadedRecognizerOptions = {}): ThreadedRecognizer => {
    threaded = createThreadedRecognizer({ script: HANGING, timeoutMs: LIMIT_MS,
      coldTimeoutMs: LIMIT_MS, ...options });
    return threaded;
  };

  afterEach(async () => {
    await threaded?.close();
    threaded = undefined;
  });

  it('refuses a message the thread has not answered in time, within the limit, and answers '
    + 'the one posted right after it on a new thread', async () => {
    const { recognizer, usable } = hanging();

    const stuck = recognizer.understand('hang');
    const next = recognizer.understand('next');
    const { error, ms } = await refusal(stuck);

    expect(error.name).to.equal('RecognizerTimeout');
    expect(error.message).to.include(`took over ${LIMIT_MS} ms`);
    expect(ms).to.be.within(LIMIT_MS - 20, LIMIT_MS + SLACK_MS);
    expect((await next).text).to.equal('next');
    expect(usable()).to.equal(true);
  });

  // timeouts are not counted as deaths toward giving up: each blames its own message
  it('says so at warn with ids only, never the text', async () => {
    const { recognizer } = hanging();
    const logs = captureLogs();

    try {
      await refusal(recognizer.understand('hang mon voisin Jean Dupont'));
    } finally {
      logs.stop();
    }
    const timeouts = logs.lines.map((line): Record<string, unknown> => JSON.parse(line))
      .filter((line) => line.event === 'nlu.thread.timeout');

    expect(timeouts).to.have.length(1);
    expect(timeouts[0]).to.include({ level: 'warn', limitMs: LIMIT_MS });
    expect(logs.lines.join('')).not.to.match(/Dupont|voisin/);
  });

  it('refuses three hanging messages in a row one by one, and goes on understanding the rest',
    async () => {
      const { recognizer, usable, problem } = hanging({ maxCrashes: 3 });

      const stuck = ['hang 1', 'hang 2', 'hang 3'].map((text) => recognizer.understand(text));
      const after = recognizer.understand('after');
      const errors = await Promise.all(stuck.map(async (asked) => (await refusal(asked)).error));

      expect(errors.map((error) => error.name)).to.deep.equal(Array(3).fill('RecognizerTimeout'));
      expect((await after).text).to.equal('after');
      expect((await refusal(recognizer.understand('hang 4'))).error.name)
        .to.equal('RecognizerTimeout');
      expect((await recognizer.understand('again')).text).to.equal('again');
      expect([usable(), problem()]).to.deep.equal([true, undefined]);
    });

  it('refuses at once a text that timed out before, and its copies waiting behind it',
    async () => {
      const { recognizer } = hanging();

      const first = recognizer.understand('hang');
      const copy = recognizer.understand('hang');
      await refusal(first);
      const { error: copyError } = await refusal(copy);
      const again = await refusal(recognizer.understand('hang'));

      expect(copyError.name).to.equal('RecognizerTimeout');
      expect(again.error.message).to.include('stopped the recognizer thread before');
      expect(again.ms).to.be.below(LIMIT_MS);
      expect((await recognizer.understand('next')).text).to.equal('next');
    });

  it("gives a fresh thread's first answers the cold limit, then the warm one", async () => {
    const { recognizer } = hanging({ coldTimeoutMs: 5000 });

    expect((await recognizer.understand('slow')).text).to.equal('slow');
    for (const text of ['b', 'c', 'd', 'e']) {
      await recognizer.understand(text);
    }

    expect((await refusal(recognizer.understand('slow'))).error.name)
      .to.equal('RecognizerTimeout');
  });

  it('counts the time of the message the thread works on, not of those queued behind it',
    async () => {
      const { recognizer } = hanging({ timeoutMs: 900, coldTimeoutMs: 900 });

      // each "slow" takes 600 ms: the second waits 600 ms, then works 600 ms, and is answered
      const answers = await Promise.all(['slow', 'slow'].map((text) =>
        recognizer.understand(text)));

      expect(answers.map((answer) => answer.text)).to.deep.equal(['slow', 'slow']);
    });
});
