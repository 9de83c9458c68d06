import type { Commune, PostcodeDirectory } from '../../geo/types';
import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

export const MAX_COMMUNE_CANDIDATES = 6;

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
  const name = text.replace(/\b\d{5}\b/, ' ').replace(/\s+/g, ' ').trim();
  let candidates: Commune[];
  if (postcode !== undefined) {
    const served = directory.byPostcode(postcode);
    const wanted = foldWords(name);
    const named = served.filter((commune) => foldWords(commune.name).includes(wanted));
    candidates = wanted !== '' && named.length > 0 ? named : served;
  } else if (name.length >= 2) {
    candidates = directory.searchCommune(name, MAX_COMMUNE_CANDIDATES);
  } else {
    candidates = [];
  }
  if (candidates.length === 0) {
    return failed('prompts/errors.commune_unknown');
  }
  return parsed(preferExact(candidates, name).slice(0, MAX_COMMUNE_CANDIDATES));
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
