import { expect } from 'chai';
import { existsSync, readFileSync } from 'fs';
import { PROJECT_DEV_SET, readEvalLines, SHARED_DEV_SET } from '../../nlu/evaluation';

/**
 * The project carries a copy of the shared dev set so that a clean clone, with nothing next
 * to it, still measures itself in CI. The copy must be the shared set, not a drifting one.
 */
describe('the dev set the project carries', () => {
  it('is in the project and reads as an evaluation set', () => {
    const lines = readEvalLines(PROJECT_DEV_SET);

    expect(lines.length).to.be.greaterThan(100);
    expect(lines.filter((line) => line.emergency).length).to.be.greaterThan(0);
  });

  it('is the shared dev set byte for byte, where the shared one is next to the project',
    function sameAsShared() {
      if (!existsSync(SHARED_DEV_SET)) {
        // a clean clone alone: nothing to compare with, the copy is what CI measures
        this.skip();
      }

      expect(readFileSync(PROJECT_DEV_SET, 'utf8')).to.equal(readFileSync(SHARED_DEV_SET, 'utf8'));
    });
});
