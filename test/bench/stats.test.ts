import { expect } from 'chai';
import { percentile, summarize } from '../../bench/stats';

describe('bench statistics', () => {
  it('reports a percentile that one request really had (nearest rank)', () => {
    const sorted = Array.from({ length: 100 }, (_value, index) => index + 1);

    expect(percentile(sorted, 50)).to.equal(50);
    expect(percentile(sorted, 99)).to.equal(99);
    expect(percentile(sorted, 100)).to.equal(100);
  });

  it('gives the slowest sample as p99 when there are fewer than 100 samples', () => {
    expect(percentile([1, 2, 3, 40], 99)).to.equal(40);
  });

  it('summarises unsorted samples: count, percentiles, max and mean', () => {
    const summary = summarize([30, 10, 20, 40]);

    expect(summary).to.deep.equal({ count: 4, p50: 20, p95: 40, p99: 40, max: 40, mean: 25 });
  });

  it('says "no figure" (NaN) rather than 0 when nothing was measured', () => {
    const summary = summarize([]);

    expect(summary.count).to.equal(0);
    expect(summary.p99).to.be.NaN;
  });

  it('refuses a percentile outside ]0, 100]', () => {
    expect(() => percentile([1], 0)).to.throw(RangeError, /percentile must be in/);
    expect(() => percentile([1], 101)).to.throw(RangeError, /percentile must be in/);
  });

  it('refuses negative or non-finite latencies, which only a bug can produce', () => {
    expect(() => summarize([1, -2])).to.throw(RangeError, /finite and not negative/);
    expect(() => summarize([Number.NaN])).to.throw(RangeError, /finite and not negative/);
  });
});
