import type { Commune, PostcodeDirectory } from '../../geo/types';
import { arrondissementOf, spellArrondissement } from './communePick';
import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

export const MAX_COMMUNE_CANDIDATES = 6;

/** Paris has 20 arrondissements and two postcodes for the 16th: all must be found. */
const SEARCH_LIMIT = 40;

/** What a commune is called in a question or a summary: "Rennes (35000)". */
export function communeLabel(commune: Commune): string {
  return `${commune.name} (${commune.postcode})`;
}

/**
 * Communes matching a postcode, a name, or both ("35000", "Rennes", "Rennes 35000"). Empty
 * input or no match is an error; several matches are returned for the citizen to choose.
 */
export function findCommunes(text: string, directory: PostcodeDirectory): Parsed<Commune[]> {
  const postcode = /\b(\d{5})\b/.exec(text)?.[1];
  const name = spellArrondissement(text.replace(/\b\d{5}\b/, ' ').replace(/\s+/g, ' ').trim());
  let candidates: Commune[];
  if (postcode !== undefined) {
    const served = directory.byPostcode(postcode);
    const wanted = foldWords(name);
    const named = served.filter((commune) => foldWords(commune.name).includes(wanted));
    candidates = wanted !== '' && named.length > 0 ? named : served;
  } else if (name.length >= 2) {
    candidates = directory.searchCommune(name, SEARCH_LIMIT);
  } else {
    candidates = [];
  }
  if (candidates.length === 0 && postcode === undefined) {
    candidates = namedInSentence(name, directory);
  }
  if (candidates.length === 0) {
    return failed('prompts/errors.commune_unknown');
  }
  const arrondissements = arrondissementsOf(candidates, name);
  return parsed(arrondissements.length > 0 ? arrondissements
    : preferExact(candidates, name).slice(0, MAX_COMMUNE_CANDIDATES));
}

/** Words after which people name the place: "dans le tram à Grenoble", "près de Brest". */
const PLACE_WORDS = new Set(['a', 'au', 'sur', 'vers', 'de', 'dans', 'en', 'pres', 'sous']);

/** The longest name tried after a place word: "Saint-Germain-en-Laye" is four words. */
const MAX_NAME_WORDS = 5;

/** What may introduce the place in a first message ("une brigade en ville" is no commune). */
const LEADING_PLACE_WORDS = new Set(['a', 'au', 'de', 'pres', 'vers', 'sur']);

export interface InSentenceOptions {
  /** Only a name that ends the message, after a place word other than "en" or "dans". */
  atEnd?: boolean;
}

/**
 * A commune named inside a sentence ("ds le tram a grenoble"): the longest run of words
 * after a place word that is exactly a commune's name. Only exact names count, so that
 * ordinary words do not turn into villages; the one exception is the start of a single
 * commune's longer name ending the message ("jsuis a chamonix": Chamonix-Mont-Blanc).
 */
export function namedInSentence(
  text: string,
  directory: PostcodeDirectory,
  options: InSentenceOptions = {},
): Commune[] {
  const words = foldWords(text).split(' ');
  const placeWords = options.atEnd === true ? LEADING_PLACE_WORDS : PLACE_WORDS;
  for (let length = MAX_NAME_WORDS; length >= 1; length -= 1) {
    for (let start = 1; start + length <= words.length; start += 1) {
      const end = start + length;
      if (!placeWords.has(words[start - 1]) || (options.atEnd === true && end < words.length)) {
        continue;
      }
      const phrase = words.slice(start, end).join(' ');
      const named = directory.communesNamed(phrase, 'exact').slice(0, SEARCH_LIMIT);
      const exact = preferExact(named, phrase)
        .filter((commune) => foldWords(commune.name) === phrase);
      if (phrase.length >= 3 && exact.length > 0) {
        return exact;
      }
    }
  }
  return startOfOneName(words, directory, placeWords);
}

/** The shortest start of a name taken for the whole: "chamonix", not "saint" or "gap". */
const MIN_NAME_START = 5;

function startOfOneName(
  words: string[],
  directory: PostcodeDirectory,
  placeWords: ReadonlySet<string>,
): Commune[] {
  for (let start = Math.max(1, words.length - MAX_NAME_WORDS); start < words.length; start += 1) {
    const phrase = words.slice(start).join(' ');
    if (!placeWords.has(words[start - 1]) || phrase.length < MIN_NAME_START) {
      continue;
    }
    const found = directory.communesNamed(phrase, 'wordPrefix').slice(0, SEARCH_LIMIT)
      .filter((commune) => foldWords(commune.name).startsWith(`${phrase} `));
    if (found.length > 0 && new Set(found.map((commune) => commune.inseeCode)).size === 1) {
      return [found[0]];
    }
  }
  return [];
}

/** "Lyon" is its nine arrondissements, every one of them, and nothing else. */
function arrondissementsOf(candidates: Commune[], name: string): Commune[] {
  const wanted = foldWords(name);
  return candidates.filter((commune) => arrondissementOf(commune)?.city === wanted);
}

/**
 * "Rennes" also finds "Rennes-le-Château", and Rennes itself under three postcodes: the
 * exact name wins, and one commune (one INSEE code) needs no question.
 */
function preferExact(candidates: Commune[], name: string): Commune[] {
  const wanted = foldWords(name);
  const exact = candidates.filter((commune) => foldWords(commune.name) === wanted);
  if (exact.length === 0) {
    return candidates;
  }
  const communes = new Set(exact.map((commune) => commune.inseeCode));
  return communes.size === 1 ? [exact[0]] : exact;
}
