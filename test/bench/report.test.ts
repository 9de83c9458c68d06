import { expect } from 'chai';
import { selectParts, PARTS } from '../../bench/main';
import { toMarkdown, wrap } from '../../bench/markdown';
import { allMet, verdicts, type BenchResults, type RunFigures } from '../../bench/results';
import { statusFieldMb } from '../../bench/serverProcess';
import { summarize } from '../../bench/stats';

function run(turnsPerSecond: number, latencies: number[]): RunFigures {
  return { conversations: 1, turns: latencies.length, errors: 0, errorSamples: [],
    turnsPerSecond, latency: summarize(latencies) };
}

function results(oursP99: number, ratio: number): BenchResults {
  const echo = { saturated: run(200, [5]), saturatedRounds: [200, 180], paced: run(60, [4]),
    peakRssMb: 150 };
  return {
    startedAt: '2026-12-04T16:00:00.000Z', durationMs: 120_000,
    machine: { cpus: 2, node: '20.20.2', loadAverage: [1, 1, 1], commit: 'abc1234' },
    load: { concurrency: 200, thinkMs: [2000, 4000], echo, throughputRatio: ratio,
      ours: { saturated: run(200 * ratio, [9]), saturatedRounds: [200 * ratio, 100],
        paced: run(60, [oursP99]), peakRssMb: 180 } },
    classification: { messages: 10, recognizer: summarize([0.1]), nlpjs: summarize([0.05]) },
    failures: {},
  };
}

function verdict(all: BenchResults, name: string): boolean | undefined {
  return verdicts(all).find((entry) => entry.name.startsWith(name))?.ok;
}

describe('bench verdicts and report', () => {
  it('meets the targets when throughput is at least half the echo bot\'s and p99 ≤ 50 ms', () => {
    const good = results(50, 0.5);

    expect(verdict(good, 'throughput')).to.equal(true);
    expect(verdict(good, 'turn latency p99')).to.equal(true);
    expect(allMet(good)).to.equal(true);
  });

  it('misses them above 50 ms or below half the baseline', () => {
    expect(verdict(results(51, 0.9), 'turn latency p99')).to.equal(false);
    expect(verdict(results(10, 0.49), 'throughput')).to.equal(false);
    expect(allMet(results(51, 0.9))).to.equal(false);
  });

  it('leaves a target it did not measure undecided, not met by default', () => {
    const partial = results(10, 0.9);

    expect(verdict(partial, 'relay')).to.equal(undefined);
    expect(verdicts(partial).find((entry) => entry.name.startsWith('relay'))?.measured)
      .to.equal('not measured');
  });

  it('counts a part that crashed as a failure and names it in the table', () => {
    const crashed = { ...results(10, 0.9), failures: { relay: 'agent sign-in failed: 401' } };

    expect(allMet(crashed)).to.equal(false);
    expect(toMarkdown(crashed)).to.include('**relay failed**: agent sign-in failed: 401');
  });

  it('writes both bots, the pace, the ratio and the verdicts in the table', () => {
    const table = toMarkdown(results(12, 0.75));

    expect(table).to.include('| throughput ours / echo | ≥ 0.50 | 0.75 | yes |');
    expect(table).to.match(/\| assistant, full speed \| 150\.0 \|/);
    expect(table).to.match(/\| echo, paced \| 60\.0 \|/);
    const prose = table.replace(/\n(?!\|)/g, ' ');
    expect(prose).to.include('paced = 2 to 4 s before each message');
    expect(prose).to.include('commit abc1234');
    expect(prose).to.include('full-speed rounds (turns/s, the best counts): assistant 150 / 100');
  });

  it('shows the recogniser\'s median of every pass, warm-up and timed, under its figures', () => {
    const all = results(12, 0.75);
    const passMedians = { warm: [0.321, 0.17, 0.16], timed: [0.152, 0.15, 0.149] };
    all.classification = { messages: 10, recognizer: summarize([0.15]),
      nlpjs: summarize([0.01]), passMedians };

    const prose = toMarkdown(all).replace(/\n(?!\|)/g, ' ');

    expect(prose).to.include('warm-up 0.321 / 0.170 / 0.160 ms (the first one cold), ' +
      'timed 0.152 / 0.150 / 0.149 ms.');
  });
});

describe('bench markdown wrapping', () => {
  it('wraps prose at 100 columns between words and leaves table rows whole', () => {
    const prose = Array.from({ length: 30 }, (_value, index) => `mot${index}`).join(' ');
    const row = `| ${'x'.repeat(120)} |`;

    const lines = wrap(prose).split('\n');

    expect(lines.length).to.be.greaterThan(1);
    expect(lines.every((line) => line.length <= 100)).to.equal(true);
    expect(lines.join(' ')).to.equal(prose);
    expect(wrap(row)).to.equal(row);
  });
});

describe('bench command line', () => {
  it('runs every part unless --only names some', () => {
    expect(selectParts([])).to.deep.equal([...PARTS]);
    expect(selectParts(['--only', 'load,relay'])).to.deep.equal(['load', 'relay']);
  });

  it('refuses an unknown or missing part name', () => {
    expect(() => selectParts(['--only', 'load,speed'])).to.throw(/--only takes a list among/);
    expect(() => selectParts(['--only'])).to.throw(/--only takes a list among/);
  });
});

describe('bench memory reading', () => {
  it('reads resident memory from /proc/<pid>/status in MB', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';

    expect(statusFieldMb(status, 'VmRSS')).to.equal(100);
    expect(statusFieldMb(status, 'VmHWM')).to.equal(200);
    expect(statusFieldMb(status, 'VmSwap')).to.be.NaN;
  });
});
