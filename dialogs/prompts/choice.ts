import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

/** One answer of a closed question: its value, button label and other ways to say it. */
export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
  synonyms?: readonly string[];
}

function containsPhrase(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

function phrasesFound<V extends string>(words: string, option: ChoiceOption<V>): string[] {
  return [option.label, ...(option.synonyms ?? [])]
    .map((phrase) => foldWords(phrase))
    .filter((phrase) => containsPhrase(words, phrase));
}

/** True when every phrase of `other` is part of a phrase of `wider`. */
function covers(wider: readonly string[], other: readonly string[]): boolean {
  return other.every((phrase) => wider.some((candidate) => containsPhrase(candidate, phrase)));
}

/**
 * Matches an answer against a closed list: the button label, its number ("2") or a
 * synonym contained in the sentence. Ambiguous sentences (two options match, neither
 * phrase containing the other) are refused rather than guessed, because a wrong branch in
 * a legal procedure costs more than a question. No Microsoft recognizers here: they take
 * ~50 ms a call.
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
  const exact = options.find((option) => foldWords(option.label) === words);
  if (exact) {
    return parsed(exact.value);
  }
  const matching = options
    .map((option) => ({ option, phrases: phrasesFound(words, option) }))
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
