import { expect } from 'chai';
import { join } from 'node:path';
import { loadRecognizer, type LoadingRecognizer } from '../../server/loadRecognizer';

const thread = (name: string): string => join(__dirname, '..', 'nlu', 'threads', `${name}.js`);

/** The error `promise` rejects with; fails when it resolves. */
async function refusal(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => null, (error: unknown) => error);
  expect(outcome, 'expected a rejection').to.be.instanceOf(Error);
  return outcome instanceof Error ? outcome : new Error();
}

// what /healthz says of the recogniser (server/app.ts): not loaded, and why if for good
describe('the recogniser the full assistant loads', function loadSpec() {
  this.timeout(30_000);
  let loading: LoadingRecognizer | undefined;

  afterEach(async () => {
    await loading?.close();
    loading = undefined;
  });

  const CASES = [
    { script: 'dying', problem: 'nlu thread given up' },
    { script: 'unloadable', problem: 'nlu model could not load' },
  ];
  for (const { script, problem } of CASES) {
    it(`says "${problem}" once its thread is refused for good (${script})`, async () => {
      loading = loadRecognizer({ threaded: true, script: thread(script) });

      await refusal(loading.recognizer.understand('bonjour'));

      expect([loading.loaded(), loading.problem()]).to.deep.equal([false, problem]);
    });
  }

  it('has no problem while its thread answers', async () => {
    loading = loadRecognizer({ threaded: true, script: thread('flaky') });

    expect((await loading.recognizer.understand('bonjour')).text).to.equal('bonjour');
    expect(loading.problem()).to.equal(undefined);
  });

  it("gives its thread NLU_MESSAGE_TIMEOUT_MS (a fresh thread's first answers: 12 times it)",
    async () => {
      loading = loadRecognizer({ threaded: true, script: thread('hanging'),
        messageTimeoutMs: 100 });

      const error = await refusal(loading.recognizer.understand('hang'));

      expect(error.message).to.include('took over 1200 ms');
      expect(loading.problem()).to.equal(undefined);
    });
});
