/**
 * Validates the data.gouv.fr list "unités de gendarmerie accueillant du public": each bad
 * row is reported with its line and reason, and never costs the good rows.
 */
import { readDelimited } from './csv';
import { GendarmerieUnit, isValidPoint } from './units';

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface UnitsImport {
  units: GendarmerieUnit[];
  rejected: RejectedRow[];
}

export const REQUIRED_COLUMNS = [
  'identifiant_public_unite', 'service', 'telephone', 'adresse_geographique', 'code_postal',
  'commune', 'code_commune_insee', 'geocodage_x_GPS', 'geocodage_y_GPS', 'horaires_accueil',
] as const;

type Row = (column: string) => string;

/** Latin-1 exports exist: a UTF-8 decoding full of replacement characters betrays them. */
export function decodeUnitsFile(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

function columnIndex(header: string[]): Map<string, number> {
  const index = new Map(header.map((name, position) => [name.trim().toLowerCase(), position]));
  const missing = REQUIRED_COLUMNS.filter((name) => !index.has(name.toLowerCase()));
  if (missing.length > 0) {
    throw new Error(`not a gendarmerie units file: missing column(s) ${missing.join(', ')}`);
  }
  return index;
}

function coordinate(raw: string): number {
  // some exports write decimals with a comma
  return raw.trim() === '' ? NaN : Number(raw.trim().replace(',', '.'));
}

function toUnit(get: Row): GendarmerieUnit | string {
  const id = get('identifiant_public_unite');
  const postcode = get('code_postal');
  const inseeCode = get('code_commune_insee');
  // x is the longitude and y the latitude in this list
  const point = {
    latitude: coordinate(get('geocodage_y_GPS')),
    longitude: coordinate(get('geocodage_x_GPS')),
  };

  if (id === '') {
    return 'identifiant_public_unite is empty';
  }
  if (get('service') === '') {
    return 'service is empty';
  }
  if (!/^[0-9]{5}$/.test(postcode)) {
    return `code_postal "${postcode}" is not 5 digits`;
  }
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(inseeCode)) {
    return `code_commune_insee "${inseeCode}" is not an INSEE code`;
  }
  if (!isValidPoint(point)) {
    return 'geocodage_x_GPS / geocodage_y_GPS are not a longitude / latitude';
  }
  // 0,0 is in the Gulf of Guinea: the mark of an export that lost the coordinates
  if (point.latitude === 0 && point.longitude === 0) {
    return 'geocodage_x_GPS / geocodage_y_GPS are 0,0 (missing coordinates)';
  }
  return {
    id, name: get('service'), phone: get('telephone'), address: get('adresse_geographique'),
    postcode, commune: get('commune'), inseeCode, openingHours: get('horaires_accueil'),
    url: get('url'), ...point,
  };
}

export function parseUnitsCsv(text: string): UnitsImport {
  const [header, ...records] = readDelimited(text);
  if (!header) {
    throw new Error('the units file is empty');
  }
  const index = columnIndex(header.fields);
  const seen = new Set<string>();
  const units: GendarmerieUnit[] = [];
  const rejected: RejectedRow[] = [];

  for (const { line, fields } of records) {
    const get: Row = (column) => {
      const position = index.get(column.toLowerCase());
      return position === undefined ? '' : (fields[position] ?? '').trim();
    };
    const unit = fields.length < header.fields.length
      ? `${fields.length} columns where the header has ${header.fields.length}`
      : toUnit(get);
    if (typeof unit === 'string') {
      rejected.push({ line, reason: unit });
    } else if (seen.has(unit.id)) {
      rejected.push({ line, reason: `identifiant_public_unite ${unit.id} appears twice` });
    } else {
      seen.add(unit.id);
      units.push(unit);
    }
  }

  return { units, rejected };
}
