import { expect } from 'chai';
import { NET_FAMILIES } from '../../nlu/triage-net';
import { triagePatterns } from '../../nlu/triage-patterns';
import { TRIAGE_RULES } from '../../nlu/triage-rules';

describe('triage patterns read ahead by the regex gate', () => {
  const patterns = triagePatterns();
  const sources = new Set(patterns.map((pattern) => pattern.source));

  it('hold every phrase rule pattern and every family cue and cancel', () => {
    const expected = [
      ...TRIAGE_RULES.flatMap((rule) => rule.patterns),
      ...NET_FAMILIES.flatMap((family) => [family.requires, family.unless]),
    ].filter((pattern): pattern is RegExp => pattern !== undefined);

    expect(expected.filter((pattern) => !patterns.includes(pattern))).to.deep.equal([]);
  });

  it('hold one scan per family, with the source the safety net builds', () => {
    for (const family of NET_FAMILIES) {
      const scan = family.patterns.map((pattern) => `(?:${pattern.source})`).join('|');
      expect(sources.has(scan), family.id).to.equal(true);
    }
  });
});
