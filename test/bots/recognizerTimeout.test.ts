import { expect } from 'chai';
import { join } from 'node:path';
import { createThreadedRecognizer, type ThreadedRecognizer } from '../../nlu/threaded-recognizer';
import { content, harness } from './harness';

const HANGING = join(__dirname, '..', 'nlu', 'threads', 'hanging.js');
const LIMIT_MS = 300;
// what a busy machine may add to the limit before the answer is read here
const SLACK_MS = 1500;
const TECHNICAL = content.render('bot/technicalProblem');

// a text that keeps the recogniser's thread busy (tester: a 4,900-letter glued word) must not
// leave its citizen, nor those who write after, without an answer
describe('a message the recogniser does not answer in time', function timeoutSpec() {
  this.timeout(30_000);
  let threaded: ThreadedRecognizer | undefined;

  afterEach(async () => {
    await threaded?.close();
    threaded = undefined;
  });

  it('gets the technical answer, with 17, 112 and 114, within the limit; the next message '
    + 'its own answer', async () => {
    threaded = createThreadedRecognizer({ script: HANGING, timeoutMs: LIMIT_MS,
      coldTimeoutMs: LIMIT_MS });
    const { texts } = await harness({ realRecognizer: threaded.recognizer });

    const start = Date.now();
    const stuck = await texts('hang');
    const ms = Date.now() - start;
    const next = await texts('bonjour');

    expect(stuck).to.deep.equal([TECHNICAL]);
    expect(TECHNICAL).to.include('17').and.include('112').and.include('114');
    expect(ms).to.be.below(LIMIT_MS + SLACK_MS);
    expect(next).to.have.length.above(0);
    expect(next).not.to.include(TECHNICAL);
  });
});
