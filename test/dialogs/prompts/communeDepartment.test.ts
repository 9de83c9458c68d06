import { expect } from 'chai';
import { placeBeforePostcode } from '../../../dialogs/prompts/addressBeforePostcode';
import { findCommunes } from '../../../dialogs/prompts/commune';
import { pickCommune } from '../../../dialogs/prompts/communePick';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import type { Commune } from '../../../geo/types';

const directory = loadPostcodeDirectory();

function names(text: string): string[] | string {
  const found = findCommunes(text, directory);
  return found.ok ? found.value.map((commune) => `${commune.name} ${commune.postcode}`)
    : found.error;
}

// t89's finding 4: what everyone writes for a commune, read against the La Poste table
describe('commune answers people write', () => {
  const cities: Array<[string, string, number]> = [
    ['75000', 'Paris 01 75001', 21], ['Paris 75000', 'Paris 01 75001', 21],
    ['12 rue de Rivoli 75000 Paris', 'Paris 01 75001', 21],
    ['13000', 'Marseille 01 13001', 16], ['69000', 'Lyon 01 69001', 9],
  ];
  for (const [said, first, count] of cities) {
    it(`"${said}" is the city's ${count} arrondissements`, () => {
      const found = names(said);
      expect(found[0]).to.equal(first);
      expect(found).to.have.length(count);
    });
  }

  const departments: Array<[string, string[] | string]> = [
    ['Saint-Denis (93)', ['Saint Denis 93200']], ['Saint-Denis 93', ['Saint Denis 93200']],
    ['Saint Denis (974)', ['Saint Denis 97400']], ['Rennes 35', ['Rennes 35000']],
    ['Paris 16', ['Paris 16 75016']], ['Paris 16 75000', ['Paris 16 75016']],
  ];
  for (const [said, found] of departments) {
    it(`"${said}" → ${String(found)}`, () => {
      expect(names(said)).to.deep.equal(found);
    });
  }

  const saintDenis = (() => {
    const found = findCommunes('Saint-Denis', directory);
    return found.ok ? found.value : [];
  })();
  const picks: Array<[string, string]> = [
    ['Saint-Denis (93)', '93200'], ['Saint Denis 974', '97400'], ['93', '93200'],
    ['(30)', '30500'], ['Saint-Denis (93200)', '93200'],
  ];
  for (const [said, postcode] of picks) {
    it(`"${said}" picks the Saint-Denis of ${postcode}`, () => {
      const picked = pickCommune(said, saintDenis);
      expect(picked.ok ? picked.value.postcode : picked).to.equal(postcode);
    });
  }

  const lyon3: Commune = { inseeCode: '69383', name: 'Lyon 03', postcode: '69003',
    latitude: 0, longitude: 0 };
  const places: Array<[string, string | undefined]> = [
    ['12 rue Garibaldi, 69003 Lyon', '12 rue Garibaldi'],
    ['Gare de la Part-Dieu 69003 Lyon', 'Gare de la Part-Dieu'],
    ['Résidence les Tilleuls bât B, 69003 Lyon 3e', 'Résidence les Tilleuls bât B'],
    ['Lyon 69003', undefined], ['69003 Lyon', undefined], ["j'habite à 69003 Lyon", undefined],
    ['Lyon', undefined],
  ];
  for (const [said, place] of places) {
    it(`"${said}" says ${place === undefined ? 'no place' : `the place "${place}"`}`, () => {
      expect(placeBeforePostcode(said, lyon3)).to.equal(place);
    });
  }
});
