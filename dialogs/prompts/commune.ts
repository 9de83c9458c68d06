import type { Commune, PostcodeDirectory } from '../../geo/types';
import { SEARCH_LIMIT, namedInSentence } from './communeInSentence';
import {
  WithDepartment, departmentAfterName, inDepartment, withoutCityWidePostcode,
} from './communeDepartment';
import { arrondissementOf, spellArrondissement } from './communePick';
import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { parseYesNo } from './yesNo';

export { namedInSentence, type InSentenceOptions } from './communeInSentence';

export const MAX_COMMUNE_CANDIDATES = 6;

/**
 * Facts that happened online or by phone have no commune of their own: "en ligne" must not
 * become Ligné. They are left out of the lookup, and said alone get their own answer.
 */
const ONLINE = new RegExp('\\b(?:en ligne|sur (?:internet|le net|le web|un site|' +
  'les reseaux sociaux|leboncoin|le bon coin|facebook|instagram|snapchat|whatsapp)|' +
  'par (?:internet|telephone|sms|mail|e mail|email|message)|au telephone|a distance)\\b', 'g');

/** "je ne sais pas", "aucune idée": not a commune to look for, but help to give one. */
const DO_NOT_KNOW = new RegExp('^(?:je (?:ne )?(?:sais|me souviens) (?:pas|plus)|' +
  '(?:je )?sais pas|jsp|aucune idee|je ne sais plus|pas sur|pas sure|inconnue?)$');

/**
 * An answer starting with "à", "au", "près de"... is a sentence: only an exact name after
 * that word counts (namedInSentence), never a ranked search on what follows ("à la gare"
 * would be La Garenne-Colombes, "de nuit" Nuits-Saint-Georges).
 */
const LEADING_PLACE_WORD = /^(?:a|au|aux|du|de|sur|vers|dans|pres de|en) /;

/** What a commune is called in a question or a summary: "Rennes (35000)". */
export function communeLabel(commune: Commune): string {
  return `${commune.name} (${commune.postcode})`;
}

/**
 * Communes matching a postcode, a name, or both ("35000", "Rennes", "Rennes 35000"). Empty
 * input or no match is an error; several matches are returned for the citizen to choose.
 * `typos`: a name a letter away is looked for when none matches ("montpelier").
 */
export function findCommunes(text: string, directory: PostcodeDirectory, typos = true):
Parsed<Commune[]> {
  const said = foldWords(withoutCityWidePostcode(text, directory));
  if (DO_NOT_KNOW.test(said)) {
    return failed('prompts/errors.commune_forgotten');
  }
  if (said.split(' ').length <= 3 && !/\d/.test(said) && parseYesNo(said).ok) {
    // "oui" would be Ouistreham: a yes or a no is no commune, whatever the directory holds
    return failed('prompts/errors.commune_yes_no');
  }
  const offline = said.replace(ONLINE, ' ').replace(/\s+/g, ' ').trim();
  const found = lookUp(offline, directory, !typos);
  // "c'était en ligne" and no commune besides: say which commune to give instead
  return !found.ok && offline !== said ? failed('prompts/errors.commune_online') : found;
}

/** Shorter words are too near too many names ("merci" from Mercy, "banane" from Banne). */
const MIN_TYPO_LETTERS = 7;

/** More names that close and the typo says too little: the postcode is asked instead. */
const MAX_TYPO_NAMES = 3;

/**
 * The names a letter away from the one typed (a tester's "montpelier"), searched in its
 * place, each commune offered for the citizen to pick. After a place word, only when one
 * word follows it: a longer sentence holds other words.
 */
function retyped(said: string, name: string, directory: PostcodeDirectory): Commune[] {
  // "à montpelier": one word after the place word is the name itself (tester20)
  const after = LEADING_PLACE_WORD.test(said) ? said.replace(LEADING_PLACE_WORD, '') : undefined;
  const typed = after !== undefined && !after.includes(' ') ? after : name;
  const letters = typed.replace(/[^\p{L}]/gu, '').length;
  const names = letters >= MIN_TYPO_LETTERS && (after === undefined || typed === after)
    ? directory.namesOneEditFrom?.(typed, MAX_TYPO_NAMES) ?? [] : [];
  return names.flatMap((corrected) => {
    const found = lookUp(corrected, directory, true);
    return found.ok ? found.value : [];
  });
}

/** `exactly`: no name a letter away is looked for (a name already retyped, or a pick). */
function lookUp(text: string, directory: PostcodeDirectory, exactly = false):
Parsed<Commune[]> {
  const postcode = /\b(\d{5})\b/.exec(text)?.[1];
  const said = text.replace(/\b\d{5}\b/, ' ').replace(/\s+/g, ' ').trim();
  // "Saint-Denis (93)": the name is looked up, the department chooses among its communes
  const given = postcode === undefined ? departmentAfterName(said) : undefined;
  const department = given !== undefined && given.name.length >= 2 ? given : undefined;
  const name = department?.name ?? spellArrondissement(said);
  let candidates: Commune[];
  if (postcode !== undefined) {
    const served = directory.byPostcode(postcode);
    const wanted = foldWords(name);
    const named = served.filter((commune) => foldWords(commune.name).includes(wanted));
    const addressed = served.filter((commune) => endsAddress(wanted, commune));
    candidates = wanted !== '' && named.length > 0 ? named
      : addressed.length > 0 ? addressed : served;
  } else if (name.length >= 2 && !LEADING_PLACE_WORD.test(said)) {
    candidates = inOneDepartment(directory.searchCommune(name, SEARCH_LIMIT), department);
  } else {
    candidates = [];
  }
  if (candidates.length === 0 && postcode === undefined) {
    const inSentence = namedInSentence(said, directory);
    if (inSentence.length > 0) {
      return parsed(inSentence);
    }
    const nearly = exactly ? [] : retyped(said, name, directory);
    if (nearly.length > 0) {
      return parsed(onePerCommune(nearly));
    }
  }
  if (candidates.length === 0) {
    return failed('prompts/errors.commune_unknown');
  }
  const arrondissements = arrondissementsOf(candidates, name);
  return parsed(arrondissements.length > 0 ? arrondissements
    : preferExact(candidates, name).slice(0, MAX_COMMUNE_CANDIDATES));
}

/**
 * An address line ends with its commune ("12 rue des Lilas 01000 Bourg-en-Bresse"): the
 * commune named last, among those of the postcode, is the one meant.
 */
function endsAddress(said: string, commune: Commune): boolean {
  const name = foldWords(commune.name);
  return said === name || said.endsWith(` ${name}`);
}

/** "Lyon" is its nine arrondissements, every one of them, and nothing else. */
function arrondissementsOf(candidates: Commune[], name: string): Commune[] {
  const wanted = foldWords(name);
  return candidates.filter((commune) => arrondissementOf(commune)?.city === wanted);
}

/**
 * "Rennes" also finds "Rennes-le-Château", and Rennes itself under three postcodes: the
 * exact name wins, and one commune (one INSEE code) needs no question. Several communes
 * are each offered once, under their first postcode: a tester got "Saint Denis (93200) |
 * Saint Denis (93210)", one commune twice (F9); typing the other postcode still finds it.
 */
function preferExact(candidates: Commune[], name: string): Commune[] {
  const wanted = foldWords(name);
  const exact = candidates.filter((commune) => foldWords(commune.name) === wanted);
  return onePerCommune(exact.length === 0 ? candidates : exact);
}

/** The candidates in the department given, or all of them when none is there. */
function inOneDepartment(candidates: Commune[], given: WithDepartment | undefined): Commune[] {
  const inside = given === undefined ? []
    : candidates.filter((commune) => inDepartment(commune, given.department));
  return inside.length > 0 ? inside : candidates;
}

function onePerCommune(candidates: Commune[]): Commune[] {
  const seen = new Set<string>();
  return candidates.filter((commune) => {
    const first = !seen.has(commune.inseeCode);
    seen.add(commune.inseeCode);
    return first;
  });
}
