import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { loadContent } from '../../content/renderer';
import { fromRoot } from '../../core/paths';

const ROOT = fromRoot('content', 'fr');

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templates(path) : name.endsWith('.hbs') ? [path] : [];
  });
}

/**
 * Web Chat glued a word to a link across a line break ("consultezservice-public.fr"): in
 * a paragraph, a link never starts a line after text, nor ends one before more text.
 */
const GLUED_BEFORE = /\S\n\[[^\]]+\]\(/;
const GLUED_AFTER = /\]\([^)\s]+\)\n(?=[A-Za-zÀ-ÿ*]|\{\{#)/;

describe('links in the French content', () => {
  templates(ROOT).forEach((file) => {
    const name = relative(ROOT, file);
    it(`${name}: no link glued to a word by a line break`, () => {
      const text = readFileSync(file, 'utf8');

      expect(text).not.to.match(GLUED_BEFORE);
      expect(text).not.to.match(GLUED_AFTER);
    });
  });

  it('the out-of-scope answer reads "consultez service-public.fr" with its space', () => {
    expect(loadContent().render('faq/none')).to.include(
      'consultez [service-public.fr](https://www.service-public.fr)');
  });
});
