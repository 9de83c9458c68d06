import { fold } from '../../../dialogs/prompts/normalize';
import type { Commune, PostcodeDirectory } from '../../../geo/types';

export const commune = (inseeCode: string, name: string, postcode: string): Commune =>
  ({ inseeCode, name, postcode, latitude: 0, longitude: 0 });

const COMMUNES = [
  commune('35238', 'Rennes', '35000'),
  commune('35238', 'Rennes', '35200'),
  commune('11309', 'Rennes-le-Château', '11190'),
  commune('93066', 'Saint-Denis', '93200'),
  commune('97411', 'Saint-Denis', '97400'),
  commune('35051', 'Cesson-Sévigné', '35510'),
];

/** A directory of these communes, searched by folded prefix like the real one. */
export function directoryOf(communes: readonly Commune[]): PostcodeDirectory {
  const key = (name: string): string => fold(name).replace(/-/g, ' ');
  return {
    byPostcode: (postcode) => communes.filter((entry) => entry.postcode === postcode),
    searchCommune: (name, limit = 10) => communes
      .filter((entry) => key(entry.name).startsWith(key(name)))
      .slice(0, limit),
    communesNamed: (name, match) => communes.filter((entry) => (match === 'exact'
      ? key(entry.name) === key(name) : key(entry.name).startsWith(`${key(name)} `))),
  };
}

/** A directory of a few communes, searched by folded prefix like the real one. */
export const fakeDirectory: PostcodeDirectory = directoryOf(COMMUNES);
