import { expect } from 'chai';
import { existsSync } from 'fs';
import { dirname, join, normalize } from 'path';
import { fromRoot } from '../../core/paths';
import {
  anchorOf, anchorsOf, documentationFiles, readDoc, relativeLinksOf,
} from './markdown';

/** "README.md:12 → docs/x.md#y" for each link of a file that leads nowhere. */
function brokenLinks(file: string): string[] {
  return relativeLinksOf(readDoc(file)).flatMap(({ target, line }) => {
    const [path, anchor] = target.split('#', 2);
    const page = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
    const where = `${file}:${line} → ${target}`;

    if (page.startsWith('..') || !existsSync(fromRoot(page))) {
      return [`${where} (no such file)`];
    }
    if (anchor !== undefined && page.endsWith('.md') && !anchorsOf(readDoc(page)).has(anchor)) {
      return [`${where} (no such heading)`];
    }
    return [];
  });
}

describe('links of the README and of docs/', () => {
  it('reads GitHub\'s anchors from headings', () => {
    expect(anchorOf('What was measured (and kept)')).to.equal('what-was-measured-and-kept');
    expect(anchorOf('Security, privacy and faults')).to.equal('security-privacy-and-faults');
    expect(anchorsOf('# A\n```sh\n# not a heading\n```\n## A\n')).to.deep.equal(
      new Set(['a', 'a-1']));
  });

  it('finds the links to check, and leaves web addresses and code alone', () => {
    const links = relativeLinksOf('see [a](docs/a.md#b) and [web](https://example.org)\n'
      + '```\n[code](nowhere.md)\n```\n[two\nlines](c.md)\n');

    expect(links).to.deep.equal([{ target: 'docs/a.md#b', line: 1 },
      { target: 'c.md', line: 5 }]);
  });

  it('has pages to link to, each linked from the README', () => {
    const readmeTargets = relativeLinksOf(readDoc('README.md')).map(({ target }) =>
      target.split('#')[0]);

    for (const page of documentationFiles().slice(1)) {
      expect(readmeTargets, page).to.include(page);
    }
  });

  for (const file of documentationFiles()) {
    it(`${file}: every relative link leads to an existing file and heading`, () => {
      expect(brokenLinks(file)).to.deep.equal([]);
    });
  }
});
