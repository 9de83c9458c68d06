import { expect } from 'chai';
import { readFileSync } from 'fs';
import { sortedByKey } from '../../geo/keyOrder';
import { normalizeName, normalizeNames } from '../../geo/normalize';
import { DEFAULT_POSTCODES_FILE, parsePostcodeTable } from '../../geo/postcodes';

const shipped = readFileSync(DEFAULT_POSTCODES_FILE, 'utf8');
const rows = shipped.split('\n').filter((line) => line !== '').map((line) => line.split('\t'));

/** Every name of the shipped table, official names and aliases. */
const tableNames = rows.flatMap(([, , name = '', , , aliases]) =>
  [name, ...(aliases ? aliases.split('|') : [])]);

describe('names normalised all at once', () => {
  it('gives each name the key normalizeName gives it alone', () => {
    const tricky = ['St-Étienne', ' - ', '', 'Ste', 'st', 'ST.', 'l\'Île-d\'Yeu', 'Œuilly',
      'a  b', ' x ', 'stes-maries', 'Saint-ouen-la-thène', 'tab\there', 'cr\r', 'post st'];
    const names = [...tricky, ...tableNames];

    const keys = normalizeNames(names).split('\n');

    expect(keys.pop()).to.equal('');
    expect(keys).to.deep.equal(names.map(normalizeName));
  });

  it('is empty for no name', () => {
    expect(normalizeNames([])).to.equal('');
  });
});

describe('names sorted for the sentence look-ups', () => {
  const reference = (keys: string[]): number[] =>
    Array.from(keys.keys()).sort((a, b) => {
      const [keyA = '', keyB = ''] = [keys[a], keys[b]];
      return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
    });

  it('sorts as strings sort, equal names in their given order', () => {
    const keys = ['saint etienne du bois', 'saint etienne', 'y', 'saint etienne', 'b', '',
      'saint etienne du', 'saint etiennf', 'a b', 'ab', 'a', 'paris 06', 'paris 6', 'y'];

    expect(Array.from(sortedByKey(keys))).to.deep.equal(reference(keys));
  });

  it('sorts the official names of the shipped table as strings sort', () => {
    const keys = rows.map(([, , name = '']) => normalizeName(name));

    expect(Array.from(sortedByKey(keys))).to.deep.equal(reference(keys));
  });

  it('still sorts names holding characters outside the keys alphabet', () => {
    const keys = ['b', 'é', 'a-b', 'a', 'A'];

    expect(Array.from(sortedByKey(keys))).to.deep.equal(reference(keys));
  });
});

describe('search over the compact index', () => {
  const directory = parsePostcodeTable(shipped);

  const entries = rows.map(([insee = '', postcode = '', name = '', , , aliases]) => ({
    id: `${insee}/${postcode}`, name, postcode,
    keys: [name, ...(aliases ? aliases.split('|') : [])].map(normalizeName),
  }));

  /** How a key answers a query, as the interface says: lower is better, -1 is no match. */
  const rank = (key: string, query: string): number => key === query ? 0 :
    key.startsWith(`${query} `) ? 1 : key.startsWith(query) ? 2 :
      key.includes(` ${query}`) ? 3 : -1;

  /** The ranking computed the slow way, over every name of every row. */
  function bruteForce(text: string): string[] {
    const query = normalizeName(text);
    const found = entries.flatMap(({ id, name, postcode, keys }) => {
      const scores = keys.map((key, index) => ({ found: rank(key, query), alias: index && 1 }))
        .filter(({ found: at }) => at >= 0).map(({ found: at, alias }) => at * 2 + alias);
      return scores.length === 0 ? [] : [{ id, name, postcode, score: Math.min(...scores) }];
    });
    found.sort((a, b) => a.score - b.score || a.name.length - b.name.length ||
      a.postcode.localeCompare(b.postcode));
    return found.map(({ id }) => id);
  }

  const queries = ['saint etienne', 'st etienne du', 'bois', 'lyon', 'paris 1', 'sur mer',
    'le', 'y', 'mont blanc', 'rochetaillee', 'e', 'aix en pro', 'ile d', 'sainte'];

  queries.forEach((query) => {
    it(`ranks "${query}" as a scan of every name would`, () => {
      const found = directory.searchCommune(query, 100000)
        .map((commune) => `${commune.inseeCode}/${commune.postcode}`);

      expect(found).to.deep.equal(bruteForce(query));
    });
  });
});

describe('postcodes of a table out of postcode order', () => {
  const table = parsePostcodeTable([
    '42218\t42100\tSaint Etienne\t45.4\t4.4\t',
    '01001\t01370\tSaint Etienne du Bois\t46.3\t5.3\t',
    '',
    '42999\t42100\tRochetaillee\t45.4\t4.4\tRoche',
    '42095\t42700\tFirminy\t45.38\t4.29',
  ].join('\n'));

  it('lists the communes of a postcode in table order', () => {
    expect(table.byPostcode('42100').map((c) => c.inseeCode)).to.deep.equal(['42218', '42999']);
    expect(table.byPostcode('01370').map((c) => c.name)).to.deep.equal(['Saint Etienne du Bois']);
    expect(table.byPostcode('42700')[0]).to.deep.equal({
      inseeCode: '42095', postcode: '42700', name: 'Firminy', latitude: 45.38, longitude: 4.29,
    });
    expect(table.byPostcode('42000')).to.deep.equal([]);
    expect(table.size).to.equal(4);
  });

  it('finds an alias and the commune named exactly', () => {
    expect(table.searchCommune('roche').map((c) => c.inseeCode)).to.deep.equal(['42999']);
    expect(table.communesNamed('saint etienne', 'exact').map((c) => c.inseeCode))
      .to.deep.equal(['42218']);
    expect(table.communesNamed('st etienne', 'wordPrefix').map((c) => c.inseeCode))
      .to.deep.equal(['01001']);
  });
});
