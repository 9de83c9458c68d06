import { expect } from 'chai';
import Handlebars from 'handlebars';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { loadContent } from '../../content/renderer';
import { fromRoot } from '../../core/paths';

function contentDir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

function hbsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? hbsFiles(path) : [path];
  }).filter((path) => path.endsWith('.hbs'));
}

describe('content renderer', () => {
  it('names a template after its path and renders its data', () => {
    const content = loadContent('fr', contentDir({ 'faq/hello.hbs': 'Bonjour {{name}} !\n' }));

    expect(content.render('faq/hello', { name: 'Camille' })).to.equal('Bonjour Camille !');
  });

  it('reads short templates from a labels file', () => {
    const content = loadContent('fr', contentDir({ 'bot/labels.json': '{"yes":"Oui"}' }));

    expect(content.render('bot/labels.yes')).to.equal('Oui');
  });

  it('escapes markup in values but keeps French apostrophes', () => {
    const content = loadContent('fr', contentDir({ 'a.hbs': 'Vous avez dit : {{said}}' }));

    const out = content.render('a', { said: "l'auteur <script>alert(1)</script>" });

    expect(out).to.equal("Vous avez dit : l'auteur &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it('refuses to start on a template that does not compile', () => {
    const root = contentDir({ 'broken.hbs': 'Bonjour {{#if}}' });

    expect(() => loadContent('fr', root)).to.throw(/broken does not compile/);
  });

  it('fails loudly on a missing value or an unknown template', () => {
    const content = loadContent('fr', contentDir({ 'a.hbs': 'Bonjour {{name}}' }));

    expect(() => content.render('a')).to.throw(/name/);
    expect(() => content.render('nope')).to.throw(/no template named nope/);
  });

  it('renders a text-only template exactly as handlebars does, braces escaped included', () => {
    const source = 'Appelez le 17.\n\\{{pas une valeur}} reste écrit tel quel.';
    const content = loadContent('fr', contentDir({ 'a.hbs': source }));

    expect(content.render('a')).to.equal(Handlebars.compile(source)({}));
    expect(content.render('a')).to.contain('{{pas une valeur}}');
  });

  it('renders every text-only answer of content/fr as handlebars would', () => {
    const root = fromRoot('content', 'fr');
    const content = loadContent('fr', root);
    const texts = hbsFiles(root).map((file) => readFileSync(file, 'utf8').trimEnd())
      .filter((source) => !source.includes('{{') && !source.includes('&'));

    expect(texts.length).to.be.greaterThan(100);
    for (const file of hbsFiles(root)) {
      const source = readFileSync(file, 'utf8').trimEnd();
      if (texts.includes(source)) {
        const key = relative(root, file).split('\\').join('/').replace(/\.hbs$/, '');
        expect(content.render(key), key).to.equal(Handlebars.compile(source)({}));
      }
    }
  });
});
