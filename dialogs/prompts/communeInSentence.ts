import { normalizeName } from '../../geo/normalize';
import type { Commune, PostcodeDirectory } from '../../geo/types';
import { arrondissementOf } from './communePick';
import { EVERYDAY_PLACES } from './everydayPlaces';
import { foldWords } from './normalize';

/** Paris has 20 arrondissements and two postcodes for the 16th: all must be found. */
export const SEARCH_LIMIT = 40;

/**
 * Words after which people name the place: "dans le tram à Grenoble", "près de Brest". Not
 * "en": no commune is introduced by it, while "en ligne" would be Ligné and "en ville"
 * Villette.
 */
const PLACE_WORDS = new Set(['a', 'au', 'aux', 'sur', 'vers', 'de', 'du', 'dans', 'pres',
  'sous']);

/** Whether the word before `start` introduces a place there. */
function introducesPlace(words: readonly string[], start: number,
  placeWords: ReadonlySet<string>): boolean {
  const word = words[start - 1];
  const before = words[start - 2];
  if (before === 'gare' && STATIONS_ELSEWHERE.has(words[start])) {
    return false;
  }
  return placeWords.has(word) && (!DE_WORDS.has(word) || PLACE_BEFORE_DE.has(before));
}

/** What may introduce the place in a first message ("dans le quartier" is no commune). */
const LEADING_PLACE_WORDS = new Set(['a', 'au', 'aux', 'de', 'du', 'pres', 'vers', 'sur']);

/**
 * "de" introduces a place only after these ("la gendarmerie de Lille", "près de Brest",
 * "je viens de Lyon"), not in "arme de chasse", "titre de séjour", "perdu de vue".
 */
const PLACE_BEFORE_DE = new Set(['gendarmerie', 'brigade', 'commissariat', 'caserne',
  'mairie', 'ville', 'commune', 'pres', 'proche', 'cote', 'environs', 'alentours',
  'banlieue', 'region', 'secteur', 'agglomeration', 'habitant', 'originaire', 'viens',
  'vient', 'venant', 'arrive', 'loin', 'gendarmes', 'brigades', 'gendarmeries', 'sortie',
  'centre', 'autour', 'gare', 'aeroport']);

/** Stations named after another city: the Paris "gare de Lyon" is not in Lyon. */
const STATIONS_ELSEWHERE = new Set(['lyon']);

const DE_WORDS = new Set(['de', 'du', 'des']);

/** "au Mans" is "à Le Mans", "aux Sables-d'Olonne" "à Les Sables-d'Olonne". */
const ARTICLE_OF: Readonly<Record<string, string>> = { au: 'le', du: 'le', aux: 'les' };

/** The three cities La Poste lists by arrondissement ("Paris 16", "Lyon 08"). */
const CITIES = new Set(['paris', 'lyon', 'marseille']);

/** "15", "15e", "15eme", "1er": an arrondissement's number in a sentence. */
const NUMBER = /^(\d{1,2})(e|eme|em|ieme|er|ere)?$/;

/** The longest name tried after a place word: "Saint-Germain-en-Laye" is four words. */
const MAX_NAME_WORDS = 5;

/** The shortest start of a name taken for the whole: "chamonix", not "saint" or "gap". */
const MIN_NAME_START = 5;

export interface InSentenceOptions {
  /**
   * A first message, which says what the citizen wants before where ("une brigade en
   * ville"): only a name after "à", "de", "près de"..., and one followed by more words
   * ("je suis à Rennes depuis hier") only when it names a single commune or city.
   */
  firstMessage?: boolean;
}

function distinct(communes: readonly Commune[]): Commune[] {
  return communes.filter((commune, index) =>
    communes.findIndex((other) => other.inseeCode === commune.inseeCode) === index);
}

/** The arrondissement number said right after the city, or anywhere with its suffix. */
function arrondissementNumber(words: readonly string[], end: number): number | undefined {
  const next = NUMBER.exec(words[end] ?? '');
  if (next) {
    return Number(next[1]);
  }
  const said = words.map((word) => NUMBER.exec(word))
    .find((match) => match !== null && match[2] !== undefined);
  return said ? Number(said[1]) : undefined;
}

/** "à Paris" is its arrondissements, as "Paris" alone; "à Paris 15e" is the 15th. */
function cityArrondissements(city: string, words: readonly string[], end: number,
  directory: PostcodeDirectory): Commune[] {
  const all = directory.communesNamed(city, 'wordPrefix').slice(0, SEARCH_LIMIT)
    .filter((commune) => arrondissementOf(commune)?.city === city);
  const number = arrondissementNumber(words, end);
  const one = all.filter((commune) => arrondissementOf(commune)?.number === number);
  return one.length > 0 ? distinct(one).slice(0, 1) : all;
}

function exactlyNamed(phrase: string, directory: PostcodeDirectory): Commune[] {
  if (phrase.length < 3 || EVERYDAY_PLACES.has(phrase)) {
    return [];
  }
  const named = directory.communesNamed(phrase, 'exact').slice(0, SEARCH_LIMIT);
  // "st brieuc" is Saint-Brieuc, as the directory's own search reads it (F5)
  const wanted = normalizeName(phrase);
  const exact = named.filter((commune) => normalizeName(commune.name) === wanted);
  return distinct(exact).length === 1 ? [exact[0]] : exact;
}

/** The communes a phrase after a place word names, "au mans" read as "le mans". */
function namedAfter(words: readonly string[], start: number, end: number,
  directory: PostcodeDirectory): Commune[] {
  const phrase = words.slice(start, end).join(' ');
  if (end - start === 1 && CITIES.has(phrase)) {
    return cityArrondissements(phrase, words, end, directory);
  }
  const article = ARTICLE_OF[words[start - 1]];
  const withArticle = article === undefined ? [] : exactlyNamed(`${article} ${phrase}`,
    directory);
  return withArticle.length > 0 ? withArticle : exactlyNamed(phrase, directory);
}

/** One commune, or one city's arrondissements: a first message may go on after it. */
function unambiguous(communes: readonly Commune[]): boolean {
  const cities = new Set(communes.map((commune) => arrondissementOf(commune)?.city));
  return distinct(communes).length === 1 || (cities.size === 1 && !cities.has(undefined));
}

/**
 * A commune named inside a sentence ("ds le tram a grenoble", "volé à Paris hier"): the
 * longest run of words after a place word that is exactly a commune's name, or one of the
 * three cities of arrondissements. Only exact names count, and not everyday places, so
 * that ordinary words do not turn into villages; the one exception is the start of a
 * single commune's longer name ending the message ("jsuis a chamonix": Chamonix-Mont-Blanc).
 */
export function namedInSentence(
  text: string,
  directory: PostcodeDirectory,
  options: InSentenceOptions = {},
): Commune[] {
  const words = foldWords(text).split(' ');
  const first = options.firstMessage === true;
  const placeWords = first ? LEADING_PLACE_WORDS : PLACE_WORDS;
  for (let length = MAX_NAME_WORDS; length >= 1; length -= 1) {
    for (let start = 1; start + length <= words.length; start += 1) {
      const end = start + length;
      if (!introducesPlace(words, start, placeWords)) {
        continue;
      }
      const found = namedAfter(words, start, end, directory);
      if (found.length > 0 && (!first || end === words.length || unambiguous(found))) {
        return found;
      }
    }
  }
  return startOfOneName(words, directory, placeWords);
}

function startOfOneName(
  words: string[],
  directory: PostcodeDirectory,
  placeWords: ReadonlySet<string>,
): Commune[] {
  for (let start = Math.max(1, words.length - MAX_NAME_WORDS); start < words.length; start += 1) {
    const phrase = words.slice(start).join(' ');
    if (!introducesPlace(words, start, placeWords) || phrase.length < MIN_NAME_START ||
      EVERYDAY_PLACES.has(phrase)) {
      continue;
    }
    const found = directory.communesNamed(phrase, 'wordPrefix').slice(0, SEARCH_LIMIT)
      .filter((commune) => foldWords(commune.name).startsWith(`${phrase} `));
    if (found.length > 0 && distinct(found).length === 1) {
      return [found[0]];
    }
  }
  return [];
}
