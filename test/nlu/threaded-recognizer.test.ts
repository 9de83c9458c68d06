import { expect } from 'chai';
import { join } from 'node:path';
import { createRecognizer } from '../../nlu/recognizer';
import { createThreadedRecognizer, type ThreadedRecognizer } from '../../nlu/threaded-recognizer';

const thread = (name: string): string => join(__dirname, 'threads', `${name}.js`);

/** The message of the error `promise` rejects with; fails when it resolves. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(() => null, (error: unknown) => error);
  expect(outcome, 'expected a rejection').to.be.instanceOf(Error);
  return outcome instanceof Error ? outcome.message : '';
}

// what the server asks most: danger now, a question, nothing we answer, and input that is no
// text at all (a malformed activity)
const MESSAGES: unknown[] = [
  'au secour il me frappe', 'jveux plus vivre', 'le feu a pris dans la cuisine',
  "j'ai perdu mon passeport", 'comment faire une procuration', 'bonjour',
  'quelle est la recette de la tartiflette', '', 'a'.repeat(5000), undefined, 42,
];

describe('the recogniser in its worker thread', function threadedSpec() {
  this.timeout(120_000);
  let threaded: ThreadedRecognizer | undefined;

  afterEach(async () => {
    await threaded?.close();
    threaded = undefined;
  });

  it('answers as the recogniser in this thread does, asked before its model loaded', async () => {
    threaded = createThreadedRecognizer();
    const { recognizer } = threaded;
    const inProcess = await createRecognizer();

    // all asked at once, before `ready`: they wait for the model, and come back in their order
    const answers = await Promise.all(MESSAGES.map((text) =>
      Reflect.apply(recognizer.understand, recognizer, [text])));
    const expected = await Promise.all(MESSAGES.map((text) =>
      Reflect.apply(inProcess.understand, inProcess, [text])));

    expect(answers).to.deep.equal(expected);
    expect(answers[0].emergency.numbers[0]).to.equal('17');
    await threaded.ready;
  });

  it("says when the start's leftover work is done: the thread then collects its garbage",
    async () => {
      let warm = 0;
      await createRecognizer({ onWarm: () => {
        warm += 1;
      } });

      for (let turn = 0; turn < 200 && warm === 0; turn += 1) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(warm).to.equal(1);
    });

  it('starts a thread that died again and asks it what was not answered', async () => {
    threaded = createThreadedRecognizer({ script: thread('flaky') });
    const { recognizer } = threaded;

    const crashing = recognizer.understand('crash');
    const before = recognizer.understand('before the crash');

    expect(await refusal(crashing)).to.include('stopped on this message');
    expect((await before).text).to.equal('before the crash');
    expect((await recognizer.understand('after the crash')).text).to.equal('after the crash');
    expect(threaded.usable()).to.equal(true);
  });

  it("passes on the thread's error for one message, and goes on", async () => {
    threaded = createThreadedRecognizer({ script: thread('flaky') });
    const { recognizer } = threaded;

    expect(await refusal(recognizer.understand('throw'))).to.include('understanding failed');
    expect((await recognizer.understand('next')).text).to.equal('next');
  });

  it('refuses every message, with the reason, when the model cannot load', async () => {
    threaded = createThreadedRecognizer({ script: thread('unloadable') });

    expect(await refusal(threaded.ready)).to.include('model file unreadable');
    expect(await refusal(threaded.recognizer.understand('bonjour'))).to.include('could not load');
  });

  it('gives up on a thread that dies as it starts, instead of starting it forever', async () => {
    threaded = createThreadedRecognizer({ script: thread('dying'), maxCrashes: 3 });
    const asked = threaded.recognizer.understand('bonjour');

    expect(await refusal(threaded.ready)).to.include('stopped 3 times in a row');
    expect(await refusal(asked)).to.include('stopped 3 times in a row');
    expect(threaded.usable()).to.equal(false);
  });

  it('refuses messages once closed, instead of leaving them unanswered', async () => {
    threaded = createThreadedRecognizer({ script: thread('flaky') });
    await threaded.recognizer.understand('bonjour');
    await threaded.close();

    expect(await refusal(threaded.recognizer.understand('bonjour'))).to.include('closed');
  });
});
