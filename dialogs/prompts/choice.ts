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

/**
 * Matches an answer against a closed list: the button label, its number ("2") or a
 * synonym contained in the sentence. Ambiguous sentences (two options match) are refused
 * rather than guessed, because a wrong branch in a legal procedure costs more than a
 * question. No Microsoft recognizers here: they take ~50 ms a call.
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
  const matching = options.filter((option) =>
    [option.label, ...(option.synonyms ?? [])]
      .some((phrase) => containsPhrase(words, foldWords(phrase))));
  if (matching.length === 1) {
    return parsed(matching[0].value);
  }
  return failed(matching.length > 1 ? 'prompts/errors.choice_ambiguous'
    : 'prompts/errors.choice_unknown');
}
