import { expect } from 'chai';
import { createRecognizer } from '../../nlu/recognizer';
import type { Recognizer } from '../../nlu/types';

const CALM = 'Je vous écris parce que mon voisin fait des travaux tous les samedis matin. ';
const DANGER = 'Là il est devant ma porte avec un couteau, au secours !';

/** A calm story of about `length` characters, then the danger. */
function longMessage(length: number): string {
  return `${CALM.repeat(Math.ceil(length / CALM.length))}${DANGER}`;
}

// a tester found a danger told after the 1,000th character answered as "not understood"
describe('a long message', function longMessageSpec() {
  this.timeout(120_000);
  let recognizer: Recognizer;

  before(async () => {
    recognizer = await createRecognizer();
  });

  for (const length of [0, 900, 1_000, 1_100, 2_500, 4_900]) {
    it(`is triaged whole: a danger after ${length} calm characters is caught`, async () => {
      const result = await recognizer.understand(longMessage(length));

      expect(result.emergency.detected).to.equal(true);
      expect(result.emergency.numbers).to.include('17');
    });
  }

  it('stays calm when nothing in it is a danger, however long', async () => {
    const result = await recognizer.understand(CALM.repeat(60));

    expect(result.emergency.detected).to.equal(false);
  });
});
