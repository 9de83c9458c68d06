import { expect } from 'chai';
import { CommuneNameIndex, namedList } from '../../geo/nameIndex';
import { loadPostcodeDirectory } from '../../geo/postcodes';
import type { Commune } from '../../geo/types';

const commune = (inseeCode: string, name: string, postcode: string): Commune =>
  ({ inseeCode, name, postcode, latitude: 0, longitude: 0 });

const index = new CommuneNameIndex(namedList([
  commune('42218', 'Saint-Étienne', '42100'),
  commune('42218', 'Saint-Étienne', '42000'),
  commune('01001', 'Saint-Étienne-du-Bois', '01370'),
  commune('85001', 'Saint-Étienne-du-Bois', '85670'),
  commune('74056', 'Chamonix-Mont-Blanc', '74400'),
  commune('05061', 'Gap', '05000'),
]));

const codes = (found: Commune[]): string[] => found.map((c) => `${c.inseeCode}/${c.postcode}`);

describe('commune names looked up inside a sentence', () => {
  it('finds an official name exactly, whatever the accents, hyphens and "st"', () => {
    expect(codes(index.find('st etienne', 'exact'))).to.deep.equal(['42218/42000', '42218/42100']);
    expect(codes(index.find('GAP', 'exact'))).to.deep.equal(['05061/05000']);
  });

  it('takes no longer name for an exact one, and no shorter one for a start', () => {
    expect(codes(index.find('saint etienne du', 'exact'))).to.deep.equal([]);
    expect(codes(index.find('saint etienne du bois', 'wordPrefix'))).to.deep.equal([]);
  });

  it('finds the names that start with whole words, shortest first', () => {
    expect(codes(index.find('chamonix', 'wordPrefix'))).to.deep.equal(['74056/74400']);
    expect(codes(index.find('saint', 'wordPrefix'))).to.deep.equal(
      ['42218/42000', '42218/42100', '01001/01370', '85001/85670']);
    expect(codes(index.find('chamo', 'wordPrefix'))).to.deep.equal([]);
  });

  it('answers nothing for an empty or punctuation-only name', () => {
    expect(index.find('', 'exact')).to.deep.equal([]);
    expect(index.find(' - ', 'wordPrefix')).to.deep.equal([]);
  });

  it('answers from the shipped La Poste table', () => {
    const directory = loadPostcodeDirectory();
    expect(codes(directory.communesNamed('gap', 'exact'))).to.deep.equal(['05061/05000']);
    expect(directory.communesNamed('chamonix', 'wordPrefix').map((c) => c.name))
      .to.deep.equal(['Chamonix Mont Blanc']);
  });
});
