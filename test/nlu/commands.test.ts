import { expect } from 'chai';
import { parseFlags } from '../../scripts/nlu';
import {
  formatReport, meetsThresholds, parseEvalLines, type EvalReport,
} from '../../nlu/evaluation';

describe('nlu command line', () => {
  it('reads --flag value pairs', () => {
    const flags = parseFlags(['--corpus', 'c.json', '--out', 'm.json']);

    expect([...flags]).to.deep.equal([['corpus', 'c.json'], ['out', 'm.json']]);
  });

  it('rejects a flag without value, or a value without flag', () => {
    expect(() => parseFlags(['--corpus'])).to.throw(/expected "--flag value", got "--corpus"/);
    expect(() => parseFlags(['--corpus', '--out', 'x'])).to.throw(/--corpus/);
    expect(() => parseFlags(['corpus.json'])).to.throw(/got "corpus.json"/);
  });
});

describe('evaluation sets and report', () => {
  it('reads the dev-set shape, topics as list or string', () => {
    const lines = parseEvalLines([
      '{"text":"a","topic":["x","y"],"emergency":false}',
      '',
      '{"text":"b","topic":[],"emergency":true,"numbers":["17","112"]}',
      '{"text":"c","label":"z"}',
    ].join('\n'));

    expect(lines).to.deep.equal([
      { text: 'a', topics: ['x', 'y'], emergency: false, numbers: [] },
      { text: 'b', topics: [], emergency: true, numbers: ['17', '112'] },
      { text: 'c', topics: ['z'], emergency: undefined, numbers: [] },
    ]);
  });

  it('names the bad line', () => {
    expect(() => parseEvalLines('{"text":"a"}\nnope', 'dev')).to.throw('dev: line 2 is not JSON');
    expect(() => parseEvalLines('{"topic":"a"}', 'dev')).to.throw('dev: line 1 has no "text"');
  });

  const report: EvalReport = {
    topicLines: 100, topicAccuracy: 0.95, emergencyLines: 10, emergencyRecall: 1,
    calmLines: 100, falsePositiveRate: 0.03,
    confusions: [{ pair: 'a -> b', count: 2 }],
    misses: [{ text: 'x', expected: 'a', got: 'b', kind: 'topic' }],
  };

  it('passes exactly at the thresholds and fails just below', () => {
    expect(meetsThresholds(report)).to.equal(true);
    expect(meetsThresholds({ ...report, topicAccuracy: 0.949 })).to.equal(false);
    expect(meetsThresholds({ ...report, emergencyRecall: 0.99 })).to.equal(false);
    expect(meetsThresholds({ ...report, falsePositiveRate: 0.031 })).to.equal(false);
  });

  it('prints the three figures, the confusions and the misclassified lines', () => {
    const text = formatReport(report);

    expect(text).to.match(/topic accuracy\s+95\.0 %/);
    expect(text).to.match(/emergency recall\s+100\.0 %/);
    expect(text).to.match(/false positives\s+3\.0 %/);
    expect(text).to.include('2  a -> b');
    expect(text).to.include('[topic] "x": expected a, got b');
  });
});
