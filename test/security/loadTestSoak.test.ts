import { expect } from 'chai';
import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';
import { parseLoadArgs } from '../../scripts/loadtest';
import { askMemory } from '../../security/loadTestServer';
import { soakVerdict, type HeapSample } from '../../security/loadTestSoak';

const FROM_SOURCES = __filename.endsWith('.ts');
const PROBE = join(__dirname, '..', '..', 'security',
  FROM_SOURCES ? 'loadTestProbe.ts' : 'loadTestProbe.js');
const MB = 1024 * 1024;

/** Heap samples every 10 s: `heaps` in MB, `perSample` messages sent in between. */
function samples(heaps: number[], perSample = 1000): HeapSample[] {
  return heaps.map((heapUsedMb, index) => ({
    atMs: index * 10_000, heapUsedMb, rssMb: heapUsedMb * 2, messages: index * perSample,
  }));
}

/**
 * A process with the probe preloaded that holds `live` blocks of objects and has just
 * dropped `garbage` blocks; it says 'ready' on the IPC channel.
 */
function holder(live: number, garbage: number): Promise<ChildProcess> {
  const script = `
    const make = (blocks) => Array.from({ length: blocks * 100000 }, (_, i) => ({ i }));
    globalThis.kept = make(${live});
    let garbage = make(${garbage});
    garbage = null;
    setInterval(() => undefined, 1 << 30);
    process.send({ type: 'ready' });`;
  const register = FROM_SOURCES ? ['-r', 'ts-node/register/transpile-only'] : [];
  const child = spawn(process.execPath, ['--expose-gc', ...register, '-r', PROBE, '-e', script],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the holder stopped (${code})`)));
  });
}

describe('load test soak: is the heap flat after warm-up?', () => {
  it('calls a heap that stays level after warm-up flat, whatever the warm-up took', () => {
    const verdict = soakVerdict(samples([40, 90, 100, 101, 101, 100]), 20_000);

    expect(verdict).to.include({ warmUpMb: 100, endMb: 100, ratio: 1, flat: true });
    expect(verdict.slopeMbPerMinute).to.be.closeTo(0, 0.01);
  });

  it('calls growing what the store that kept documents in memory did: 4.4 kB a message', () => {
    const verdict = soakVerdict(samples([100, 121, 126, 131, 136, 141, 146], 1200), 10_000);

    expect(verdict.ratio).to.be.below(1.25);
    expect(verdict.bytesPerMessage).to.be.closeTo((25 * MB) / 6000, 1);
    expect(verdict.flat).to.equal(false);
  });

  it('calls a heap that keeps growing by kilobytes per message growing', () => {
    const verdict = soakVerdict(samples([90, 100, 110, 120, 130, 140]), 10_000);

    expect(verdict.flat).to.equal(false);
    expect(verdict.ratio).to.equal(1.4);
    expect(verdict.slopeMbPerMinute).to.be.closeTo(60, 0.01);
    expect(verdict.bytesPerMessage).to.be.closeTo((40 * MB) / 4000, 1);
  });

  it('forgives growth the size of the store\'s index entries, a few hundred bytes a message',
    () => {
      const verdict = soakVerdict(samples([90, 100, 104, 108, 112, 116, 120, 124], 10_000),
        10_000);

      expect(verdict.ratio).to.be.above(1.2);
      expect(verdict.bytesPerMessage).to.be.closeTo(419, 1);
      expect(verdict.flat).to.equal(true);
    });

  it('refuses to conclude without two samples after the warm-up, or with a bad warm-up', () => {
    expect(() => soakVerdict(samples([90, 100, 100]), 20_000)).to.throw(/two heap samples/);
    expect(() => soakVerdict(samples([90, 100, 100]), -1)).to.throw(/warm-up/);
    expect(() => soakVerdict(samples([90, 100, 100]), Number.NaN)).to.throw(/warm-up/);
  });

  it('is asked for with --soak, anywhere among the other arguments', () => {
    expect(parseLoadArgs(['--seconds', '30', '--soak'])).to.deep.equal(
      { seconds: 30, conversations: 200, thinkMs: 1000, soak: true });
    expect(parseLoadArgs(['--soak', '--think-ms', '500'])).to.include({ soak: true, thinkMs: 500 });
    expect(parseLoadArgs([])).to.not.have.property('soak');
    expect(() => parseLoadArgs(['--soak', 'yes'])).to.throw(/usage/);
  });

  describe('the probe preloaded into the server', function () {
    this.timeout(60_000);

    it('answers the heap left after a full GC: what is held, not the garbage', async () => {
      const children = await Promise.all([holder(1, 0), holder(1, 3), holder(3, 0)]);
      try {
        const [base, withGarbage, holdingMore] = await Promise.all(children.map(askMemory));
        const heap = (sample: typeof base): number => (sample?.heapUsedBytes ?? 0) / MB;
        const twoBlocks = heap(holdingMore) - heap(base);

        expect([base, withGarbage, holdingMore].map((s) => s?.collected))
          .to.deep.equal([true, true, true]);
        expect(twoBlocks, 'two more blocks held').to.be.above(2);
        // three blocks of garbage, dropped before the question, weigh nothing
        expect(Math.abs(heap(withGarbage) - heap(base))).to.be.below(twoBlocks / 4);
      } finally {
        children.forEach((child) => child.kill());
      }
    });
  });
});
