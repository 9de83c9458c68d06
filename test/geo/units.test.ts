import { expect } from 'chai';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fromRoot } from '../../core/paths';
import { readDelimited } from '../../geo/csv';
import { decodeUnitsFile, parseUnitsCsv } from '../../geo/units-import';
import { UnitDirectory, haversineKm, loadUnitDirectory, unitsFile } from '../../geo/units';

const FIXTURE = fromRoot('test', 'geo', 'fixtures', 'units.csv');

describe('semicolon-separated reader', () => {
  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const records = readDelimited('a;b\n"x;y";"il dit ""oui""\nfin"\n3;4\n');

    expect(records).to.deep.equal([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'il dit "oui"\nfin'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('reports a quoted field left open', () => {
    expect(() => readDelimited('a;b\n"x;y\n')).to.throw(/line 2: a quoted field is never closed/);
  });
});

describe('gendarmerie units import', () => {
  const result = parseUnitsCsv(readFileSync(FIXTURE, 'utf8'));

  it('keeps every valid unit, with x as longitude and y as latitude', () => {
    expect(result.units.map((u) => u.id)).to.deep.equal([
      'TEST0001', 'TEST0002', 'TEST0003', 'TEST0004',
    ]);
    expect(result.units[0]).to.include({ latitude: 45.43, longitude: 4.38, postcode: '42000' });
    expect(result.units[1]).to.include({
      latitude: 45.39,
      openingHours: 'Lundi : 8h00-12h00; Mardi : 14h00-18h00',
    });
  });

  it('reports each bad row with its line and reason', () => {
    expect(result.rejected).to.deep.equal([
      { line: 6, reason: 'geocodage_x_GPS / geocodage_y_GPS are not a longitude / latitude' },
      { line: 7, reason: 'code_postal "4200" is not 5 digits' },
      { line: 8, reason: 'identifiant_public_unite TEST0001 appears twice' },
      { line: 9, reason: '3 columns where the header has 16' },
      { line: 10, reason: 'identifiant_public_unite is empty' },
      { line: 11, reason: 'geocodage_x_GPS / geocodage_y_GPS are 0,0 (missing coordinates)' },
    ]);
  });

  it('refuses a file without the expected columns', () => {
    expect(() => parseUnitsCsv('id;nom\n1;x\n')).to.throw(/missing column\(s\) identifiant_public/);
    expect(() => parseUnitsCsv('')).to.throw(/empty/);
  });

  it('reads a Latin-1 export as well as UTF-8', () => {
    const text = 'service;adresse\nBrigade;3 allée Inventée\n';

    expect(decodeUnitsFile(Buffer.from(text, 'latin1'))).to.equal(text);
    expect(decodeUnitsFile(Buffer.from(text, 'utf8'))).to.equal(text);
  });
});

describe('nearest units', () => {
  const directory = new UnitDirectory(parseUnitsCsv(readFileSync(FIXTURE, 'utf8')).units);

  it('measures great-circle distances', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 };
    const lyon = { latitude: 45.764, longitude: 4.8357 };

    expect(haversineKm(paris, lyon)).to.be.within(390, 394);
    expect(haversineKm(paris, paris)).to.equal(0);
  });

  it('lists the closest units first', () => {
    const nearFirminy = { latitude: 45.38, longitude: 4.3 };

    const found = directory.nearest(nearFirminy, 2);

    expect(found.map((n) => n.unit.id)).to.deep.equal(['TEST0002', 'TEST0001']);
    expect(found[0]?.distanceKm).to.be.below(2);
  });

  it('refuses coordinates outside the globe', () => {
    expect(() => directory.nearest({ latitude: 91, longitude: 0 })).to.throw(/latitude/);
    expect(() => directory.nearest({ latitude: NaN, longitude: 0 })).to.throw(/latitude/);
  });

  it('loads an imported list, and nothing before an import', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'units-'));
    const file = unitsFile(dataDir);

    expect(loadUnitDirectory(file)).to.equal(undefined);

    mkdirSync(join(dataDir, 'geo'));
    writeFileSync(file, JSON.stringify(directory.units));
    expect(loadUnitDirectory(file)?.size).to.equal(4);

    writeFileSync(file, '{"not":"a list"}');
    expect(() => loadUnitDirectory(file)).to.throw(/array of units/);
  });
});
