import { expect } from 'chai';
import { findCommunes, namedInSentence } from '../../../dialogs/prompts/commune';
import { loadPostcodeDirectory } from '../../../geo/postcodes';
import { content } from '../procedures/harness';
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

  it('reads the commune of a station, a nearby town or "la commune de" (tester12 F8)', () => {
    const directory = loadPostcodeDirectory();
    const said: Array<[string, string[]]> = [
      ['a la gare de Rennes', ['Rennes 35000']],
      ['à la gare de Rennes', ['Rennes 35000']],
      ["à l'aéroport de Brest", ['Brest 29200']],
      ['près de Rennes', ['Rennes 35000']],
      ['sur la commune de Cesson-Sévigné', ['Cesson Sevigne 35510']],
    ];

    expect(said.map(([text]) => names(text, directory))).to.deep.equal(
      said.map(([, found]) => found));
  });

  it('does not read Lyon in the Paris station "gare de Lyon"', () => {
    const directory = loadPostcodeDirectory();

    expect(names('à la gare de Lyon', directory)).to.equal('prompts/errors.commune_unknown');
  });

  it('takes the start of one commune\'s longer name ending the message, not of several', () => {
    const directory = loadPostcodeDirectory();

    expect(names('jsuis a chamonix', directory)).to.deep.equal(['Chamonix Mont Blanc 74400']);
    expect(names('je suis a saint', directory)).to.equal('prompts/errors.commune_unknown');
  });

  it('reads only a name ending a first message, after a word other than "en"', () => {
    const directory = loadPostcodeDirectory();
    const inRequest = (text: string) => namedInSentence(text, directory, { firstMessage: true })
      .map((entry) => entry.name);

    expect(inRequest('la gendarmerie la plus proche de gap')).to.deep.equal(['Gap']);
    expect(inRequest('une brigade en ville')).to.deep.equal([]);
    expect(inRequest('une brigade pres de chez moi')).to.deep.equal([]);
    expect(inRequest('je cherche une gendarmerie')).to.deep.equal([]);
  });

  it('does not make a commune of an ordinary word in a sentence', () => {
    expect(names('dans le tram en allant au travail')).to.equal('prompts/errors.commune_unknown');
  });

  describe('in a sentence, as citizens answer', () => {
    const directory = loadPostcodeDirectory();
    const cities = (text: string): string[] => {
      const found = findCommunes(text, directory);
      return found.ok ? [...new Set(found.value.map((entry) => entry.name.split(' ')[0]))]
        : [found.error];
    };
    const arrondissements: Array<[string, string, number]> = [
      ['à Paris', 'Paris', 21],
      ['je me suis fait voler à Paris', 'Paris', 21],
      ['dans le métro à Paris hier', 'Paris', 21],
      ["ça s'est passé à Marseille", 'Marseille', 16],
      ['à Lyon', 'Lyon', 9],
      ['gendarmerie à Lyon svp', 'Lyon', 9],
    ];
    arrondissements.forEach(([said, city, count]) => {
      it(`"${said}" → the ${count} arrondissements of ${city}, as "${city}" alone`, () => {
        const found = findCommunes(said, directory);
        const alone = findCommunes(city, directory);

        expect(cities(said)).to.deep.equal([city]);
        expect(found.ok && found.value.length).to.equal(count);
        expect(found).to.deep.equal(alone);
      });
    });

    const table: Array<[string, unknown]> = [
      ['à Paris 15e', ['Paris 15 75015']],
      ['dans le 15e à Paris', ['Paris 15 75015']],
      ['à Lyon 3', ['Lyon 03 69003']],
      ['au Mans', ['Le Mans 72000']],
      ['au Havre', ['Le Havre 76600']],
      ['je suis à Rennes depuis hier', ['Rennes 35000']],
      ['je sais pas', 'prompts/errors.commune_forgotten'],
      ['aucune idée', 'prompts/errors.commune_forgotten'],
      ['en ligne', 'prompts/errors.commune_online'],
      ['une escroquerie en ligne', 'prompts/errors.commune_online'],
      ["c'était sur internet", 'prompts/errors.commune_online'],
      ["en ligne, mais j'habite à Rennes", ['Rennes 35000']],
      ['Ligné', ['Ligne 16140', 'Ligne 44850']],
      ['au marché', 'prompts/errors.commune_unknown'],
      ['à la maison', 'prompts/errors.commune_unknown'],
      ['à la gare', 'prompts/errors.commune_unknown'],
      ['de nuit', 'prompts/errors.commune_unknown'],
      ['en ville', 'prompts/errors.commune_unknown'],
      ['au parc avec mes enfants', 'prompts/errors.commune_unknown'],
    ];
    table.forEach(([said, expected]) => {
      it(`"${said}" → ${JSON.stringify(expected)}`, () => {
        expect(names(said, directory)).to.deep.equal(expected);
      });
    });

    it('explains in French what to give for facts that happened online', () => {
      expect(content.render('prompts/errors.commune_online')).to.match(/en ligne.*code postal/);
    });
  });

  describe('in a first message', () => {
    const directory = loadPostcodeDirectory();
    const inRequest = (text: string): string[] =>
      [...new Set(namedInSentence(text, directory, { firstMessage: true })
        .map((entry) => entry.name))];
    const table: Array<[string, string[]]> = [
      ['je suis à Rennes depuis hier', ['Rennes']],
      ['la brigade de gap svp', ['Gap']],
      ['la gendarmerie la plus proche de Brest merci', ['Brest']],
      ['une brigade près de Nice centre', ['Nice']],
      ['je suis au Mans ce week-end', ['Le Mans']],
      ['une gendarmerie à Paris svp', Array.from({ length: 20 }, (_, index) =>
        `Paris ${String(index + 1).padStart(2, '0')}`)],
      ['je suis à Saint-Denis depuis hier', []],
      ['on m a volé ma carabine de chasse', []],
      ['vol dans mon abri de jardin', []],
      ['je suis au parc avec mes enfants', []],
      ['je me suis fait arnaquer en ligne', []],
      ['une brigade en ville', []],
    ];
    table.forEach(([said, expected]) => {
      it(`"${said}" → ${JSON.stringify(expected)}`, () => {
        expect(inRequest(said)).to.deep.equal(expected);
      });
    });
  });

  it('works on the La Poste directory shipped with the project', () => {
    const directory = loadPostcodeDirectory();

    expect(names('Rennes', directory)).to.deep.equal(['Rennes 35000']);
    expect(names('29200', directory)).to.deep.equal(['Brest 29200']);
  });
});
