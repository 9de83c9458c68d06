import { expect } from 'chai';
import { findCommunes, namedInSentence } from '../../../dialogs/prompts/commune';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { fakeDirectory } from './fakeDirectory';

describe('commune lookup', () => {
  const names = (text: string, directory = fakeDirectory): unknown => {
    const result = findCommunes(text, directory);
    return result.ok ? result.value.map((entry) => `${entry.name} ${entry.postcode}`)
      : result.error;
  };

  it('finds communes by postcode, by name, or both', () => {
    expect(names('35510')).to.deep.equal(['Cesson-Sévigné 35510']);
    expect(names('cesson sevigne')).to.deep.equal(['Cesson-Sévigné 35510']);
    expect(names('Rennes 35200')).to.deep.equal(['Rennes 35200']);
  });

  it('takes the exact name over longer ones, once per commune', () => {
    expect(names('rennes')).to.deep.equal(['Rennes 35000']);
  });

  it('returns every commune of the same name for the citizen to choose', () => {
    expect(names('Saint-Denis')).to.deep.equal(['Saint-Denis 93200', 'Saint-Denis 97400']);
  });

  it('refuses an unknown commune, an unknown postcode and an empty answer', () => {
    expect(names('Atlantide')).to.equal('prompts/errors.commune_unknown');
    expect(names('99999')).to.equal('prompts/errors.commune_unknown');
    expect(names(' ')).to.equal('prompts/errors.commune_unknown');
  });

  it('picks a commune named in a sentence, after a word that introduces a place', () => {
    const directory = loadPostcodeDirectory();

    expect(names('ds le tram a grenoble', directory)).to.deep.equal(['Grenoble 38000']);
    expect(names('sur le parking du lidl à Cesson-Sévigné')).to.deep.equal(
      ['Cesson-Sévigné 35510']);
    expect(names('dans la rue pres de brest', directory)).to.deep.equal(['Brest 29200']);
  });

  it('takes the start of one commune\'s longer name ending the message, not of several', () => {
    const directory = loadPostcodeDirectory();

    expect(names('jsuis a chamonix', directory)).to.deep.equal(['Chamonix Mont Blanc 74400']);
    expect(names('je suis a saint', directory)).to.equal('prompts/errors.commune_unknown');
  });

  it('reads only a name ending a first message, after a word other than "en"', () => {
    const directory = loadPostcodeDirectory();
    const inRequest = (text: string) => namedInSentence(text, directory, { atEnd: true })
      .map((entry) => entry.name);

    expect(inRequest('la gendarmerie la plus proche de gap')).to.deep.equal(['Gap']);
    expect(inRequest('une brigade en ville')).to.deep.equal([]);
    expect(inRequest('une brigade pres de chez moi')).to.deep.equal([]);
    expect(inRequest('je cherche une gendarmerie')).to.deep.equal([]);
  });

  it('does not make a commune of an ordinary word in a sentence', () => {
    expect(names('dans le tram en allant au travail')).to.equal('prompts/errors.commune_unknown');
  });

  it('works on the La Poste directory shipped with the project', () => {
    const directory = loadPostcodeDirectory();

    expect(names('Rennes', directory)).to.deep.equal(['Rennes 35000']);
    expect(names('29200', directory)).to.deep.equal(['Brest 29200']);
  });
});
