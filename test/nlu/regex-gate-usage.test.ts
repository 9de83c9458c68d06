import { expect } from 'chai';
import { readdirSync, readFileSync } from 'fs';
import { fromRoot } from '../../core/paths';

/**
 * The triage's modules ask the regex gate (gatedTest) rather than run their module regexes
 * on every message: one `CONSTANT.test(text)` costs a regex run on every message that
 * reaches it, where the gate answers from the message's one reading. New rounds are written
 * by copying old ones, so the habit is checked here rather than left to review.
 */
const UNGATED = /(?<![\w.])[A-Z][A-Z0-9_]+\.test\(/g;

describe('regex gate usage', () => {
  it('has no triage module test a module regex outside the gate', () => {
    const folder = fromRoot('nlu');
    const offenders = readdirSync(folder)
      .filter((name) => /^triage.*\.ts$/.test(name) && !name.endsWith('.d.ts'))
      .flatMap((name) => (readFileSync(`${folder}/${name}`, 'utf8').match(UNGATED) ?? [])
        .map((call) => `${name}: ${call}`));

    expect(offenders).to.deep.equal([]);
  });
});
