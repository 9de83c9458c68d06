import { expect } from 'chai';
import { existsSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { importUnits, parseArguments } from '../../scripts/import-units';
import { loadUnitDirectory, unitsFile } from '../../geo/units';

const FIXTURE = fromRoot('test', 'geo', 'fixtures', 'units.csv');

describe('import:units command', () => {
  it('writes the good units into the data folder by default', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'import-'));
    const options = parseArguments([FIXTURE], dataDir);

    const result = importUnits(options);

    expect(options.target).to.equal(unitsFile(dataDir));
    expect(result.rejected).to.have.length(6);
    expect(loadUnitDirectory(options.target)?.size).to.equal(4);
  });

  it('writes where --out says', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'import-')), 'x', 'units.json');

    importUnits(parseArguments([FIXTURE, '--out', target], '/unused'));

    expect(existsSync(target)).to.equal(true);
  });

  it('keeps the previous list when a file holds no valid unit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, `${'identifiant_public_unite;service;telephone;adresse_geographique;'}` +
      'code_postal;commune;code_commune_insee;geocodage_x_GPS;geocodage_y_GPS;horaires_accueil\n');
    const target = join(dir, 'units.json');

    const result = importUnits({ source: empty, target });

    expect(result.units).to.deep.equal([]);
    expect(existsSync(target)).to.equal(false);
  });

  it('explains its usage when the file is missing', () => {
    expect(() => parseArguments([], '/data')).to.throw(/usage: npm run import:units/);
    expect(() => parseArguments([FIXTURE, '--out'], '/data')).to.throw(/usage/);
  });
});
