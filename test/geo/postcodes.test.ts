import { expect } from 'chai';
import { existsSync, readFileSync } from 'fs';
import { displayName, normalizeName } from '../../geo/normalize';
import { parseLaPosteCsv, toCompactTsv } from '../../geo/laposte';
import {
  DEFAULT_POSTCODES_FILE, loadPostcodeDirectory, parsePostcodeTable,
} from '../../geo/postcodes';

const HEADER =
  'Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;longitude';

const FIXTURE = [
  HEADER,
  '42218;SAINT ETIENNE;42000;;SAINT ETIENNE;45.4301235512;4.37913997076',
  '42218;SAINT ETIENNE;42100;ROCHETAILLEE;SAINT ETIENNE;45.4301235512;4.37913997076',
  '42218;SAINT ETIENNE;42100;;SAINT ETIENNE;45.4301235512;4.37913997076',
  '02281;L EPINE AUX BOIS;02540;;L EPINE AUX BOIS;48.8992804015;3.44384138078',
  '75106;PARIS 06;75006;;PARIS;48.8489680919;2.33267089859',
  '2A004;AJACCIO;20000;;AJACCIO;41.9347926638;8.70132275974',
  '',
].join('\n');

describe('commune names', () => {
  const sameKey: Array<[string, string]> = [
    ['Saint-Étienne', 'SAINT ETIENNE'],
    ['st etienne', 'SAINT ETIENNE'],
    ['Ste Foy', 'SAINTE FOY'],
    ["l'Épine-aux-Bois", 'L EPINE AUX BOIS'],
    ['  PARIS  ', 'paris'],
    ['Œuilly', 'OEUILLY'],
  ];

  sameKey.forEach(([typed, official]) => {
    it(`reads "${typed}" as "${official}"`, () => {
      expect(normalizeName(typed)).to.equal(normalizeName(official));
    });
  });

  it('turns La Poste capitals into readable names', () => {
    expect(displayName('L EPINE AUX BOIS')).to.equal("L'Epine aux Bois");
    expect(displayName('SAINT DENIS LES BOURG')).to.equal('Saint Denis les Bourg');
    expect(displayName('VILLERS D ARGENTON')).to.equal("Villers d'Argenton");
  });
});

describe('La Poste base derivation', () => {
  it('keeps one line per commune and postcode, localities as aliases', () => {
    const communes = parseLaPosteCsv(FIXTURE);

    expect(communes.map((c) => `${c.inseeCode}/${c.postcode}`)).to.deep.equal([
      '42218/42000', '42218/42100', '02281/02540', '75106/75006', '2A004/20000',
    ]);
    expect(communes[1]?.aliases).to.deep.equal(['Rochetaillee']);
    expect(communes[3]?.aliases).to.deep.equal(['Paris']);
    expect(communes[0]?.latitude).to.equal(45.43012);
  });

  it('refuses a file that is not the La Poste base', () => {
    expect(() => parseLaPosteCsv('a;b;c\n1;2;3')).to.throw(/not a La Poste postcode file/);
  });

  it('names the line of a bad row', () => {
    const bad = `${HEADER}\n42218;SAINT ETIENNE;4200;;SAINT ETIENNE;45.4;4.3\n`;
    const noCoordinates = `${HEADER}\n42218;SAINT ETIENNE;42000;;SAINT ETIENNE;;\n`;

    expect(() => parseLaPosteCsv(bad)).to.throw(/line 2: bad INSEE code or postcode/);
    expect(() => parseLaPosteCsv(noCoordinates)).to.throw(/line 2: missing name or coordinates/);
  });
});

describe('postcode directory', () => {
  const directory = parsePostcodeTable(toCompactTsv(parseLaPosteCsv(FIXTURE)));

  it('lists the communes of a postcode, spaces tolerated', () => {
    expect(directory.byPostcode('42100').map((c) => c.name)).to.deep.equal(['Saint Etienne']);
    expect(directory.byPostcode('42 100')).to.have.length(1);
    expect(directory.byPostcode('2A004')).to.deep.equal([]);
  });

  it('returns nothing for an unknown or malformed postcode', () => {
    for (const code of ['99999', '4210', 'abcde', '']) {
      expect(directory.byPostcode(code), code).to.deep.equal([]);
    }
  });

  const searches: Array<[string, string[]]> = [
    ['st-étienne', ['42000', '42100']],
    ["L'Épine aux bois", ['02540']],
    ['epine', ['02540']],
    ['rochetaillée', ['42100']],
    ['PARIS', ['75006']],
    ['ajaccio', ['20000']],
    ['Quimper', []],
    ['  ', []],
  ];

  searches.forEach(([query, postcodes]) => {
    it(`finds "${query}" in ${postcodes.join(', ') || 'no commune'}`, () => {
      expect(directory.searchCommune(query).map((c) => c.postcode)).to.deep.equal(postcodes);
    });
  });

  it('ranks the exact name before longer names and honours the limit', () => {
    const table = parsePostcodeTable([
      '01001\t01370\tSaint Etienne du Bois\t46.3\t5.3\t',
      '42218\t42000\tSaint Etienne\t45.4\t4.4\t',
    ].join('\n'));

    expect(table.searchCommune('saint etienne').map((c) => c.inseeCode))
      .to.deep.equal(['42218', '01001']);
    expect(table.searchCommune('saint etienne', 1)).to.have.length(1);
  });

  it('finds a name by any of its words, whatever the length of the query', () => {
    const table = parsePostcodeTable([
      '01001\t01370\tSaint Etienne du Bois\t46.3\t5.3\t',
      '42218\t42000\tSaint Etienne\t45.4\t4.4\t',
    ].join('\n'));
    const found = (query: string): string[] =>
      table.searchCommune(query).map((commune) => commune.inseeCode);

    expect(found('bois')).to.deep.equal(['01001']);
    expect(found('etienne du')).to.deep.equal(['01001']);
    expect(found('etienne')).to.deep.equal(['42218', '01001']);
    expect(found('du')).to.deep.equal(['01001']);
    expect(found('s')).to.deep.equal(['42218', '01001']);
    expect(found('tienne')).to.deep.equal([]);
  });

  it('refuses a damaged table at start rather than answering wrongly', () => {
    expect(() => parsePostcodeTable('42218\t4200\tX\t1\t2\t')).to.throw(/line 1/);
    expect(() => parsePostcodeTable('42218\t42000\tX\tnord\t2\t')).to.throw(/coordinates/);
    const secondBad = '42218\t42000\tX\t1\t2\t\n4X218\t42000\tX\t1\t2\t';
    expect(() => parsePostcodeTable(secondBad)).to.throw(/line 2: bad INSEE/);
    expect(() => parsePostcodeTable('42218\t42000\tX\t1\t2 3\t')).to.throw(/line 1/);
  });
});

describe('shipped postcode table', () => {
  const directory = loadPostcodeDirectory();

  it('covers France, Corsica and overseas', () => {
    expect(directory.size).to.be.greaterThan(35000);
    expect(directory.byPostcode('75001')[0]?.name).to.equal('Paris 01');
    expect(directory.byPostcode('20000')[0]?.inseeCode).to.equal('2A004');
    expect(directory.byPostcode('97400').length).to.be.greaterThan(0);
  });

  it('finds a commune typed the way citizens type it', () => {
    const [first] = directory.searchCommune('st-etienne', 3);

    expect(first?.inseeCode).to.equal('42218');
  });
});

describe('shipped postcode table provenance', () => {
  const source = '/work/shared/data/laposte_hexasmal_2022.csv';

  it('is exactly what geo/derive-postcodes.ts makes of the La Poste base', function () {
    if (!existsSync(source)) {
      // the La Poste CSV is not part of the repository; geo/data/SOURCES.md says where it is
      this.skip();
    }
    const derived = toCompactTsv(parseLaPosteCsv(readFileSync(source, 'utf8')));

    expect(derived === readFileSync(DEFAULT_POSTCODES_FILE, 'utf8')).to.equal(true);
  });
});

describe('nearest commune to a shared location', () => {
  it('picks the commune whose centre is closest', () => {
    const table = parsePostcodeTable([
      '42218\t42000\tSaint Etienne\t45.43012\t4.37914\t',
      '42095\t42700\tFirminy\t45.38\t4.29\t',
    ].join('\n'));

    expect(table.nearestCommune(45.39, 4.3)?.name).to.equal('Firminy');
    expect(table.nearestCommune(45.44, 4.39)?.name).to.equal('Saint Etienne');
    expect(parsePostcodeTable('').nearestCommune(45, 4)).to.equal(undefined);
  });
});
