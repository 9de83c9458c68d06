/**
 * The countries French travellers call for help from most often, and the words that name
 * them once normalised (nlu/normalize.ts: lower case, no accents, hyphens as spaces). What
 * is said of each, its emergency numbers, is citizen-facing text: content/fr/abroad/.
 */
export interface CountryAbroad {
  /** Its line in content/fr/abroad/countries.json, or its name in content/fr/abroad/eu.json. */
  key: string;
  /** In the European Union, where the 112 answers everywhere: one line says so for all. */
  eu: boolean;
  names: readonly string[];
}

const OWN: ReadonlyArray<[string, readonly string[]]> = [
  ['maroc', ['maroc', 'marrakech', 'casablanca', 'agadir', 'rabat', 'tanger', 'essaouira']],
  ['tunisie', ['tunisie', 'tunis', 'djerba', 'hammamet', 'sousse']],
  ['algerie', ['algerie', 'alger', 'oran', 'constantine']],
  ['suisse', ['suisse', 'geneve', 'lausanne', 'zurich']],
  ['royaume_uni', ['royaume uni', 'angleterre', 'grande bretagne', 'ecosse', 'pays de galles',
    'uk', 'londres']],
  ['etats_unis', ['etats unis', 'usa', 'amerique', 'new york', 'floride', 'californie']],
  ['canada', ['canada', 'quebec', 'montreal']],
  ['turquie', ['turquie', 'istanbul']],
  ['thailande', ['thailande', 'bangkok', 'phuket']],
  ['japon', ['japon', 'tokyo']],
  ['australie', ['australie']],
  ['bresil', ['bresil']],
  ['mexique', ['mexique']],
  ['egypte', ['egypte', 'le caire']],
  ['chine', ['chine', 'pekin', 'shanghai']],
  ['inde', ['inde']],
  ['norvege', ['norvege']],
  ['islande', ['islande']],
  ['monaco', ['monaco']],
];

const EU: ReadonlyArray<[string, readonly string[]]> = [
  ['espagne', ['espagne', 'barcelone', 'madrid']], ['italie', ['italie', 'rome']],
  ['allemagne', ['allemagne', 'berlin']], ['portugal', ['portugal', 'lisbonne']],
  ['belgique', ['belgique', 'bruxelles']], ['pays_bas', ['pays bas', 'hollande']],
  ['grece', ['grece']], ['croatie', ['croatie']], ['irlande', ['irlande']],
  ['autriche', ['autriche']], ['pologne', ['pologne']], ['luxembourg', ['luxembourg']],
  ['tchequie', ['republique tcheque', 'tchequie', 'prague']], ['hongrie', ['hongrie']],
  ['roumanie', ['roumanie']], ['bulgarie', ['bulgarie']], ['suede', ['suede']],
  ['danemark', ['danemark']], ['finlande', ['finlande']], ['malte', ['malte']],
  ['chypre', ['chypre']], ['slovenie', ['slovenie']], ['slovaquie', ['slovaquie']],
  ['estonie', ['estonie']], ['lettonie', ['lettonie']], ['lituanie', ['lituanie']],
];

export const COUNTRIES_ABROAD: readonly CountryAbroad[] = [
  ...OWN.map(([key, names]) => ({ key, eu: false, names })),
  ...EU.map(([key, names]) => ({ key, eu: true, names })),
];

/** Each country with its names between spaces, built once rather than for every message. */
const PADDED: ReadonlyArray<[CountryAbroad, readonly string[]]> = COUNTRIES_ABROAD.map(
  (country) => [country, country.names.map((name) => ` ${name} `)]);

/** The one country `words` (normalised text) names; none when it names none or several. */
export function countryNamedIn(words: string): CountryAbroad | undefined {
  const padded = ` ${words} `;
  const named = PADDED.filter(([, names]) => names.some((name) => padded.includes(name)));
  return named.length === 1 ? named[0][0] : undefined;
}
