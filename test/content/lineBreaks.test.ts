import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { fromRoot } from '../../core/paths';

/**
 * Web Chat shows a single newline as a line break: a template wrapped at 100 columns reads
 * "perte de carte⏎d'identité" on a phone. A newline may only end a paragraph (blank line),
 * start a list item, or stand beside a handlebars block tag ({{#each}}, {{/if}}...).
 */
const FOLDERS = ['bot', 'faq', 'handoff', 'security'];
const ROOT = fromRoot('content', 'fr');
const LIST_ITEM = /^\s*([-*•]\s|\d+[.)]\s)/;
const BLOCK_TAG = /^\s*\{\{([#/^]|else)/;

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return templates(path);
    }
    return name.endsWith('.hbs') ? [path] : [];
  });
}

/** Lines `n` (1-based) whose newline falls inside a sentence. */
function breaksInsideSentences(source: string): number[] {
  const lines = source.trimEnd().split('\n');
  return lines.slice(0, -1).flatMap((line, index) => {
    const next = lines[index + 1];
    const allowed = line.trim() === '' || next.trim() === '' || LIST_ITEM.test(next)
      || BLOCK_TAG.test(line) || BLOCK_TAG.test(next);
    return allowed ? [] : [index + 1];
  });
}

describe('citizen texts: no line break inside a sentence', () => {
  it('flags a hard-wrapped sentence and lets paragraphs, lists and blocks be', () => {
    expect(breaksInsideSentences('« perte de carte\nd\'identité »')).to.deep.equal([1]);
    expect(breaksInsideSentences('Je peux :\n\n- répondre ;\n- guider.\n\nFin.'))
      .to.deep.equal([]);
    expect(breaksInsideSentences('Appelez :\n{{#each services}}\n- {{number}}\n{{/each}}'))
      .to.deep.equal([]);
    expect(breaksInsideSentences('- un élément\n  qui continue')).to.deep.equal([1]);
  });

  for (const folder of FOLDERS) {
    it(`holds for every template of content/fr/${folder}/`, () => {
      const wrapped = templates(join(ROOT, folder)).flatMap((file) =>
        breaksInsideSentences(readFileSync(file, 'utf8'))
          .map((line) => `${relative(ROOT, file)}:${line}`));

      expect(wrapped).to.deep.equal([]);
    });
  }
});
