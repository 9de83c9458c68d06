import { FRENCH_TIME_ZONE } from './parisTime';

/**
 * The legal time of a commune, by the first three digits of its INSEE code: overseas
 * departments and collectivities live hours away from Paris, a citizen there says
 * "hier vers 23h" in their own time. Everything else (Corsica's 2A/2B included) is Paris.
 */
const OVERSEAS: Readonly<Record<string, string>> = {
  971: 'America/Guadeloupe',
  972: 'America/Martinique',
  973: 'America/Cayenne',
  974: 'Indian/Reunion',
  975: 'America/Miquelon',
  976: 'Indian/Mayotte',
  977: 'America/Guadeloupe',
  978: 'America/Guadeloupe',
  986: 'Pacific/Wallis',
  987: 'Pacific/Tahiti',
  988: 'Pacific/Noumea',
};

export function timeZoneOfCommune(inseeCode: string): string {
  return OVERSEAS[inseeCode.slice(0, 3)] ?? FRENCH_TIME_ZONE;
}
