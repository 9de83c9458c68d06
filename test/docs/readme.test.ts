import { expect } from 'chai';
import { documentationFiles, readDoc } from './markdown';

/** The two commands for a new machine, as the README has always given them. */
const TWO_COMMANDS = [
  '```sh',
  'npm ci && npm start     # installs, builds, trains the model if needed, serves '
    + 'http://127.0.0.1:3978/',
  'npm test                # installs Chromium if missing, builds, runs the whole suite '
    + '(CI: .ci/run)',
  '```',
].join('\n');

/** The README's length a new contributor reads to the end (testers got lost at 1,400). */
const MAX_README_LINES = 450;

/** Lines of prose wider than 100 columns (code blocks and table rows may be wider). */
function wideProse(markdown: string): number[] {
  let fenced = false;
  return markdown.split('\n').flatMap((line, index) => {
    if (line.startsWith('```')) {
      fenced = !fenced;
    }
    const wide = !fenced && !line.startsWith('```') && !line.trimStart().startsWith('|')
      && [...line].length > 100;
    return wide ? [index + 1] : [];
  });
}

describe('README: what a new contributor reads first', () => {
  const readme = readDoc('README.md');

  it('gives the two commands for a new machine near the top, under "Two commands"', () => {
    const top = readme.split('\n').slice(0, 40).join('\n');

    expect(top).to.include(`## Two commands\n\n${TWO_COMMANDS}\n`);
  });

  it('shows the latest benchmark run and its targets as bench/results/latest.md has them', () => {
    const latest = readDoc('bench/results/latest.md');
    const targets = latest.slice(0, latest.indexOf('\n\n', latest.indexOf('| target |')));

    expect(targets).to.match(/^Run of .*\n[\s\S]*\| relay user → agent p99 \|/);
    expect(readme.slice(readme.indexOf('## Performance'))).to.include(targets);
  });

  it(`stays under ${MAX_README_LINES} lines, the detail living in docs/`, () => {
    expect(readme.split('\n').length).to.be.below(MAX_README_LINES);
  });

  for (const file of documentationFiles()) {
    it(`${file}: keeps its prose within 100 columns`, () => {
      expect(wideProse(readDoc(file))).to.deep.equal([]);
    });
  }
});
