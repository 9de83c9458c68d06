import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { toPages } from '../../scripts/build-fiches-index';
import { createFichesSearch } from '../../nlu/fiches';

function index(pages: object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fiches-')), 'index.json');
  writeFileSync(path, JSON.stringify(pages));
  return path;
}

const URL = 'https://www.service-public.fr/particuliers/vosdroits/';
const page = (id: string, title: string) => ({ id, title, url: `${URL}${id}`, date: '2020-11-02' });

describe('service-public.fr page search', () => {
  const search = createFichesSearch(index([
    page('F1', 'Aide personnalisée au logement (APL)'),
    page('F2', 'Taxe foncière sur les propriétés bâties'),
    page('F3', 'Permis de construire'),
    page('F4', 'Permis de conduire : visite médicale'),
    page('F5', 'Carte Vitale'),
  ]));

  it('finds pages by the informative words of the question, with title, link and date', () => {
    expect(search.search("comment faire une demande d'APL ?")).to.deep.equal([{
      title: 'Aide personnalisée au logement (APL)',
      url: 'https://www.service-public.fr/particuliers/vosdroits/F1',
      date: '2020-11-02',
    }]);
  });

  it('ranks the page that covers the question first', () => {
    const [first] = search.search('permis de construire une maison');

    expect(first.title).to.equal('Permis de construire');
  });

  it('offers nothing when most of the question is unknown to every title', () => {
    expect(search.search('quelle heure est il a tokyo')).to.deep.equal([]);
    expect(search.search('')).to.deep.equal([]);
    expect(search.search('bonjour')).to.deep.equal([]);
  });

  it('returns at most three pages', () => {
    expect(search.search('permis', 10).length).to.be.at.most(3);
  });

  it('refuses an index that is not a list of pages', () => {
    expect(() => createFichesSearch(index({ title: 'x' }))).to.throw(/must be a list/);
    expect(() => createFichesSearch(index([{ title: 'x' }]))).to.throw(/must be a list/);
  });

  it('indexes the committed pages', () => {
    const real = createFichesSearch();

    expect(real.search('taxe foncière').length).to.be.greaterThan(0);
  });
});

describe('building the page index', () => {
  it('keeps particuliers fiches and theme pages, with a link and a plain date', () => {
    const pages = toPages([
      { id: 'F2', type: 'particuliers', title: ' Carte Vitale ', date: 'modified 2020-04-23' },
      { id: 'R5', type: 'particuliers', title: 'Formulaire', date: 'modified 2020-01-01' },
      { id: 'F3', type: 'professionnels', title: 'TVA', date: 'modified 2020-01-01' },
      { id: 'N1', type: 'particuliers', title: 'Papiers', date: 'modified 2019-01-01' },
      { id: 7, type: 'particuliers', title: 'bad id' },
    ]);

    expect(pages).to.deep.equal([
      { id: 'F2', title: 'Carte Vitale', url: `${URL}F2`, date: '2020-04-23' },
      { id: 'N1', title: 'Papiers', url: `${URL}N1`, date: '2019-01-01' },
    ]);
  });
});
