import type { Commune, PostcodeDirectory } from '../../geo/types';
import { foldWords } from './normalize';

/**
 * The postcode everyone writes for a whole city La Poste lists by arrondissement: "75000"
 * is no postcode, but means Paris (and 13000 Marseille, 69000 Lyon).
 */
const CITY_WIDE: Readonly<Record<string, string>> = {
  75000: 'paris', 13000: 'marseille', 69000: 'lyon',
};

/** "75000", "13000", "69000", when the directory has no commune under it. */
export function isCityWidePostcode(code: string, directory: PostcodeDirectory): boolean {
  return CITY_WIDE[code] !== undefined && directory.byPostcode(code).length === 0;
}

/**
 * The answer with a city-wide postcode the directory does not know replaced by its city:
 * "75000", "Paris 75000" or "12 rue de Rivoli 75000 Paris" → "paris", "Paris 16 75000" →
 * "Paris 16"; any other answer as it was.
 */
export function withoutCityWidePostcode(text: string, directory: PostcodeDirectory): string {
  const match = /\b(75000|13000|69000)\b/.exec(text);
  const code = match?.[1];
  const city = code === undefined ? undefined : CITY_WIDE[code];
  if (code === undefined || city === undefined || !isCityWidePostcode(code, directory)) {
    return text;
  }
  const rest = text.replace(code, ' ').replace(/\s+/g, ' ').trim();
  return foldWords(rest).startsWith(`${city} `) ? rest : city;
}

/** The cities whose arrondissements are numbered like departments ("Paris 16"). */
const ARRONDISSEMENT_CITIES = /^(?:paris|lyon|marseille)$/;

/** "saint denis 93", "saint denis (974)", "ajaccio 2a": a name, then a department. */
const NAME_THEN_DEPARTMENT = /^(.*?) ?\b(\d{2}|97\d|2a|2b)$/;

export interface WithDepartment {
  /** The name without the department, folded ("saint denis"); empty for "93" alone. */
  name: string;
  department: string;
}

/**
 * A department given after a name, in brackets or not ("Saint-Denis (93)"), as people tell
 * apart communes of the same name. Not after Paris, Lyon or Marseille, where "16" is an
 * arrondissement.
 */
export function departmentAfterName(text: string): WithDepartment | undefined {
  const match = NAME_THEN_DEPARTMENT.exec(foldWords(text));
  if (match === null || ARRONDISSEMENT_CITIES.test(match[1])) {
    return undefined;
  }
  return { name: match[1], department: match[2] };
}

/** Whether a commune lies in the department (Corsica's 2A and 2B have postcodes 20xxx). */
export function inDepartment(commune: Commune, department: string): boolean {
  const prefix = department === '2a' || department === '2b' ? '20' : department;
  return commune.postcode.startsWith(prefix);
}
