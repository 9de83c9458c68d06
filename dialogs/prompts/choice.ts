import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';
import { withdrawalIn } from './withdrawal';

/** One answer of a closed question: its value, button label and other ways to say it. */
export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  synonyms?: readonly string[];
}

/** Labels and synonyms come from content: a few hundred phrases, folded once each. */
const foldedPhrases = new Map<string, string>();

const FOLDED_PHRASES_LIMIT = 4096;

function foldedPhrase(phrase: string): string {
  let folded = foldedPhrases.get(phrase);
  if (folded === undefined) {
    folded = foldWords(phrase);
    if (foldedPhrases.size >= FOLDED_PHRASES_LIMIT) {
      // labels built from data (commune names) could grow it without end
      foldedPhrases.clear();
    }
    foldedPhrases.set(phrase, folded);
  }
  return folded;
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/** `padded`: the folded answer between two spaces, so that only whole words match. */
function phrasesFound<V extends string>(padded: string, option: ChoiceOption<V>): string[] {
  const found: string[] = [];
  for (const phrase of [option.label, ...(option.synonyms ?? [])]) {
    const folded = foldedPhrase(phrase);
    if (folded !== '' && padded.includes(` ${folded} `)) {
      found.push(folded);
    }
  }
  return found;
}

/** True when every phrase of `other` is part of a phrase of `wider`. */
function covers(wider: readonly string[], other: readonly string[]): boolean {
  return other.every((phrase) => wider.some((candidate) => containsPhrase(candidate, phrase)));
}

/** The error of a sentence that takes the request back ("fausse alerte", "laissez tomber"). */
export const CHOICE_WITHDRAWN = 'prompts/errors.choice_withdrawn';

/**
 * A withdrawal is the answer unless an option is said by the withdrawal itself: "en fait
 * non" at « Tout est correct ? [Oui | Modifier] » names "non", so it modifies.
 */
function withdrawn<V extends string>(words: string, options: readonly ChoiceOption<V>[]): boolean {
  const phrase = withdrawalIn(words);
  return phrase !== undefined && !options.some((option) =>
    phrasesFound(` ${phrase} `, option).length > 0);
}

/**
 * Matches an answer against a closed list: the button label, its number ("2") or a
 * synonym contained in the sentence. Ambiguous sentences (two options match, neither
 * phrase containing the other) are refused rather than guessed, because a wrong branch in
 * a legal procedure costs more than a question; so are sentences taking the request back.
 * No Microsoft recognizers here: they take ~50 ms a call.
 */
export function parseChoice<V extends string>(
  text: string,
  options: readonly ChoiceOption<V>[],
): Parsed<V> {
  const words = foldWords(text);
  const index = /^\d{1,2}$/.test(words) ? Number(words) - 1 : -1;
  if (index >= 0 && index < options.length) {
    return parsed(options[index].value);
  }
  const exact = options.find((option) => foldedPhrase(option.label) === words);
  if (exact) {
    return parsed(exact.value);
  }
  if (withdrawn(words, options)) {
    return failed(CHOICE_WITHDRAWN);
  }
  const padded = ` ${words} `;
  const matching = options
    .map((option) => ({ option, phrases: phrasesFound(padded, option) }))
    .filter((match) => match.phrases.length > 0);
  // "vol dans ma voiture" names "vol", "voiture" and "dans ma voiture": the option whose
  // phrases contain all the others' says the most
  const winner = matching.find((match) => matching.every((other) =>
    other === match || covers(match.phrases, other.phrases)));
  if (winner) {
    return parsed(winner.option.value);
  }
  return failed(matching.length > 1 ? 'prompts/errors.choice_ambiguous'
    : 'prompts/errors.choice_unknown');
}
