import type { Commune } from '../../geo/types';
import { departmentAfterName, inDepartment } from './communeDepartment';
import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

/** Up to this many candidates are offered as buttons; beyond, the postcode is asked. */
export const MAX_COMMUNE_BUTTONS = 10;

/** "Lyon 08", "Paris 16", "Marseille 13": the arrondissements as La Poste names them. */
const ARRONDISSEMENT_NAME = /^(paris|lyon|marseille) (\d{2})$/;

/**
 * How people write an arrondissement: "8", "08", "8e", "8eme", "8ème", "1er",
 * "8e arrondissement", "lyon 8", "Lyon 8e", "Lyon 08".
 */
const ARRONDISSEMENT_ANSWER = new RegExp(
  '^(?:(paris|lyon|marseille) )?(\\d{1,2}) ?(?:e|eme|em|ieme|er|ere)?(?: arrondissement)?' +
    '(?: (?:de )?(paris|lyon|marseille))?$');

export interface Arrondissement {
  city: string;
  number: number;
}

/** The arrondissement a commune is, if it is one. */
export function arrondissementOf(commune: Commune): Arrondissement | undefined {
  const match = ARRONDISSEMENT_NAME.exec(foldWords(commune.name));
  return match ? { city: match[1], number: Number(match[2]) } : undefined;
}

/** The arrondissement an answer names ("lyon 8e" → lyon 8), the city being optional. */
export function arrondissementAnswer(text: string):
  { city: string | undefined; number: number } | undefined {
  const match = ARRONDISSEMENT_ANSWER.exec(foldWords(text));
  return match ? { city: match[1] ?? match[3], number: Number(match[2]) } : undefined;
}

/** "lyon 8e" → "Lyon 08", the La Poste name, so that a search finds it; else unchanged. */
export function spellArrondissement(text: string): string {
  const answer = arrondissementAnswer(text);
  if (answer?.city === undefined) {
    return text;
  }
  return `${answer.city} ${String(answer.number).padStart(2, '0')}`;
}

function byPostcode(text: string, candidates: readonly Commune[]): Commune | undefined {
  const postcode = /\b(\d{5})\b/.exec(text)?.[1];
  return postcode === undefined ? undefined
    : candidates.find((commune) => commune.postcode === postcode);
}

function byArrondissement(text: string, candidates: readonly Commune[]): Commune | undefined {
  const answer = arrondissementAnswer(text);
  if (answer === undefined) {
    return undefined;
  }
  // Paris 16 has two postcodes: either is the same arrondissement, the first one is kept
  return candidates.find((commune) => {
    const arrondissement = arrondissementOf(commune);
    return arrondissement !== undefined && arrondissement.number === answer.number &&
      (answer.city === undefined || answer.city === arrondissement.city);
  });
}

function byButtonNumber(text: string, candidates: readonly Commune[]): Commune | undefined {
  const words = foldWords(text);
  const index = /^\d{1,2}$/.test(words) ? Number(words) - 1 : -1;
  const numbered = candidates.length <= MAX_COMMUNE_BUTTONS;
  return numbered && index >= 0 && index < candidates.length ? candidates[index] : undefined;
}

function byName(text: string, candidates: readonly Commune[]): Commune | undefined {
  const words = foldWords(text);
  const named = candidates.filter((commune) =>
    foldWords(commune.name) === words ||
    foldWords(`${commune.name} (${commune.postcode})`) === words);
  return named.length === 1 ? named[0] : undefined;
}

/** "Saint-Denis (93)", "93", "Saint Denis 974": the one candidate of that department. */
function byDepartment(text: string, candidates: readonly Commune[]): Commune | undefined {
  const given = departmentAfterName(text);
  if (given === undefined) {
    return undefined;
  }
  const named = candidates.filter((commune) => inDepartment(commune, given.department) &&
    foldWords(commune.name).startsWith(given.name));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Which of the candidates the citizen means, among ALL of them (not only the buttons):
 * a postcode, an arrondissement ("8", "8e", "Lyon 08"), a button's number or its label.
 */
export function pickCommune(text: string, candidates: readonly Commune[]): Parsed<Commune> {
  const chosen = byPostcode(text, candidates) ?? byArrondissement(text, candidates) ??
    byButtonNumber(text, candidates) ?? byName(text, candidates) ??
    byDepartment(text, candidates);
  if (chosen !== undefined) {
    return parsed(chosen);
  }
  return failed(candidates.length > MAX_COMMUNE_BUTTONS ? 'prompts/errors.commune_pick_postcode'
    : 'prompts/errors.commune_pick_unknown');
}
