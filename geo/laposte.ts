/**
 * Reads the La Poste postcode base ("Base officielle des codes postaux", ';'-separated)
 * and derives the compact table shipped in geo/data/postcodes.tsv: one line per commune
 * and postcode, with the delivery names and localities as search aliases.
 */
import { displayName } from './normalize';

export interface CompactCommune {
  inseeCode: string;
  postcode: string;
  name: string;
  latitude: number;
  longitude: number;
  aliases: string[];
}

const HEADER = [
  'Code_commune_INSEE', 'Nom_commune', 'Code_postal', 'Ligne_5',
  'Libellé_d_acheminement', 'latitude', 'longitude',
];

/** ~1 m: more digits would only bloat the file. */
function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

function checkHeader(line: string | undefined): void {
  const columns = (line ?? '').replace(/^\uFEFF/, '').trim().split(';');
  if (HEADER.some((name, index) => columns[index] !== name)) {
    throw new Error(`not a La Poste postcode file: header must be ${HEADER.join(';')}`);
  }
}

function parseRow(line: string, lineNumber: number): CompactCommune & { lieu: string } {
  const [insee, name, postcode, lieu, delivery, lat, lon] = line.split(';');
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(insee ?? '') || !/^[0-9]{5}$/.test(postcode ?? '')) {
    throw new Error(`line ${lineNumber}: bad INSEE code or postcode`);
  }
  if (!name || !Number.isFinite(latitude) || !Number.isFinite(longitude) || lat === '') {
    throw new Error(`line ${lineNumber}: missing name or coordinates`);
  }
  const aliases = delivery && delivery !== name ? [displayName(delivery)] : [];
  return {
    inseeCode: insee ?? '',
    postcode: postcode ?? '',
    name: displayName(name),
    latitude: round(latitude),
    longitude: round(longitude),
    aliases,
    lieu: lieu ? displayName(lieu) : '',
  };
}

export function parseLaPosteCsv(text: string): CompactCommune[] {
  const lines = text.split(/\r?\n/);
  checkHeader(lines[0]);
  const byKey = new Map<string, CompactCommune>();

  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') {
      return;
    }
    const row = parseRow(line, index + 2);
    const key = `${row.inseeCode}|${row.postcode}`;
    const { lieu, ...commune } = row;
    const known = byKey.get(key) ?? { ...commune, aliases: [] };
    const aliases = new Set([...known.aliases, ...row.aliases]);
    if (lieu !== '') {
      aliases.add(lieu);
    }
    byKey.set(key, { ...known, aliases: [...aliases].filter((alias) => alias !== known.name) });
  });

  return [...byKey.values()];
}

export function toCompactTsv(communes: CompactCommune[]): string {
  const sorted = [...communes].sort((a, b) =>
    a.postcode.localeCompare(b.postcode) || a.inseeCode.localeCompare(b.inseeCode));
  const lines = sorted.map((c) =>
    [c.inseeCode, c.postcode, c.name, c.latitude, c.longitude, c.aliases.join('|')].join('\t'));
  return `${lines.join('\n')}\n`;
}
