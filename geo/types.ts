/** A commune of the La Poste postcode base (one row per commune and postcode). */
export interface Commune {
  inseeCode: string;
  name: string;
  postcode: string;
  latitude: number;
  longitude: number;
}

export interface PostcodeDirectory {
  /** Communes served by a 5-digit postcode; empty when the postcode does not exist. */
  byPostcode(postcode: string): Commune[];
  /** Communes whose name matches, tolerant of case, accents, hyphens and "saint"/"st". */
  searchCommune(name: string, limit?: number): Commune[];
  /**
   * Communes whose official name is `name` ('exact') or starts with `name` and more words
   * ('wordPrefix'), tolerant like searchCommune; shortest names first, then by postcode.
   */
  communesNamed(name: string, match: 'exact' | 'wordPrefix'): Commune[];
  /**
   * Commune names a letter away from `name` ("montpelier": "montelier", "montpellier"), to
   * look up instead; none when more than `most` are that close.
   */
  namesOneEditFrom?(name: string, most: number): string[];
  /** The commune whose centre is closest to a point (a location the citizen shared). */
  nearestCommune?(latitude: number, longitude: number): Commune | undefined;
}
