import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { cachedReader, loadGateCache, saveGateCache } from '../../nlu/regex-gate-cache';
import { requirementOf } from '../../nlu/regex-literals';
import { triagePatterns } from '../../nlu/triage-patterns';

/**
 * The build writes what the regex gate reads from each triage regex, so that a start does
 * not read ~850 regexes again; the server must get exactly what reading them would give,
 * and anything wrong with the file must only cost that reading, never a start.
 */
describe('the regex gate\'s reading, written at build time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brigade-gate-'));
  const path = join(dir, 'regex-gate.json');
  const patterns = triagePatterns();
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back, for every triage regex, what reading it gives', () => {
    saveGateCache(patterns, path);
    const read = cachedReader(loadGateCache(path));

    for (const pattern of patterns) {
      expect(read(pattern), pattern.source).to.deep.equal(requirementOf(pattern));
    }
  });

  it('reads a regex it was not written with (a new family)', () => {
    saveGateCache(patterns, path);
    const fresh = /\b(une toute nouvelle famille) de mots\b/;

    expect(cachedReader(loadGateCache(path))(fresh)).to.deep.equal(requirementOf(fresh));
  });

  const unusable: ReadonlyArray<readonly [string, () => void]> = [
    ['missing', () => rmSync(path, { force: true })],
    ['not JSON', () => writeFileSync(path, '{"format": "brigade-regex-gate/1", ')],
    ['of another format', () => writeFileSync(path, JSON.stringify({ format: 'x/9' }))],
    ['written by another version of the reader', () => {
      saveGateCache(patterns, path);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"reader":"\w+"/, '"reader":"x"'));
    }],
  ];
  for (const [what, make] of unusable) {
    it(`is ignored when the file is ${what}: every regex is read again`, () => {
      make();

      expect(loadGateCache(path).size).to.equal(0);
    });
  }

  it('skips an entry that is not a requirement, and keeps the others', () => {
    const [broken, ...kept] = patterns.slice(0, 4);
    saveGateCache([broken, ...kept], path);
    const file: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof file !== 'object' || file === null || !('requirements' in file) ||
      typeof file.requirements !== 'object' || file.requirements === null) {
      throw new Error('the saved file has no requirements');
    }
    const brokenKey = `${broken.flags}/${broken.source}`;
    const requirements = { ...file.requirements, [brokenKey]: [[['ok'], 42]] };
    writeFileSync(path, JSON.stringify({ ...file, requirements }));

    const known = loadGateCache(path);
    const keys = kept.map((pattern) => `${pattern.flags}/${pattern.source}`);
    expect([...known.keys()].sort()).to.deep.equal(keys.sort());
  });
});
