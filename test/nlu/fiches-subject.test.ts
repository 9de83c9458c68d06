import { expect } from 'chai';
import { createFichesSearch } from '../../nlu/fiches';

const AST = 'Autorisation de sortie du territoire (AST)';

/** The committed index of service-public.fr titles: the subject, not a rare word, ranks. */
describe('service-public.fr pages: the subject of the question', () => {
  const search = createFichesSearch();
  const titles = (text: string): string[] => search.search(text).map((page) => page.title);

  const honour = [
    "attestation sur l'honneur",
    'attestation sur l honneur',
    'modele attestation sur lhonneur',
    "comment rédiger une attestation sur l'honneur",
    "déclaration sur l'honneur de mon employeur",
  ];
  for (const text of honour) {
    it(`offers no medal for ${JSON.stringify(text)}`, () => {
      expect(titles(text).filter((title) => /honneur/i.test(title))).to.deep.equal([]);
    });
  }

  it('still finds the medal when it is named', () => {
    expect(titles("dossier pour la légion d'honneur")).to.include("Légion d'honneur");
  });

  const minors = [
    'mon fils de 16 ans part seul en Espagne, quel papier il lui faut',
    "ma fille mineure voyage seule à l'étranger avec l'école, il faut une autorisation ?",
    'AST pour mon ado qui part en angleterre',
    "autorisation de sortie de territoire c'est où",
    'ma niece de 16 ans part seule a londres, il lui faut quoi comme papiers',
    'mon gosse part en colo en allemagne sans nous, quels documents',
    'formulaire sortie du territoire pr mon fils',
  ];
  for (const text of minors) {
    it(`offers the authorisation for a minor first to ${JSON.stringify(text)}`, () => {
      expect(titles(text)[0]).to.equal(AST);
    });
  }

  const others = [
    "mon fils va à l'école, quels papiers pour la cantine",
    'je pars en espagne cet été, il me faut quoi comme papiers',
  ];
  for (const text of others) {
    it(`does not offer it to ${JSON.stringify(text)}`, () => {
      expect(titles(text)).not.to.include(AST);
    });
  }
});
