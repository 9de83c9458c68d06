import { expect } from 'chai';
import { timeEach } from '../../bench/classification';

describe('bench classification timing', () => {
  it('runs every text in every pass and keeps the times after the warm-up', async () => {
    const calls: string[] = [];

    const timing = await timeEach(['a', 'b'], async (text) => calls.push(text), 2, 3);

    expect(calls).to.deep.equal(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(timing.times).to.have.length(6);
    expect(timing.passMedians.warm).to.have.length(2);
    expect(timing.passMedians.timed).to.have.length(3);
  });

  it('refuses pass counts that are not whole, or no timed pass, running nothing', async () => {
    const run = async (): Promise<void> => {
      throw new Error('must not run');
    };

    for (const [warm, timed] of [[-1, 1], [1, 0], [1.5, 1], [Number.NaN, 2]]) {
      let error: unknown;
      try {
        await timeEach(['a'], run, warm, timed);
      } catch (caught) {
        error = caught;
      }
      expect(error, `${warm}, ${timed}`).to.be.instanceOf(RangeError);
    }
  });
});
