/**
 * Joins a word a voice keyboard or a slip of the thumb cut in two ("four rière", "pro
 * curation"): the corrector reads one word at a time, and would bend the unknown half
 * towards some other known word. Two neighbours are joined only when one of them is unknown
 * and together they make a word the corpus uses often; two known words ("en plus", "mon
 * fils") are never joined.
 */
const MIN_JOINED_FREQUENCY = 5;
const MIN_JOINED_LENGTH = 6;

export function joinSplitWords(
  normalized: string,
  vocabulary: ReadonlyMap<string, number>,
  keep?: ReadonlySet<string>,
): string {
  const words = normalized.split(' ');
  const out: string[] = [];
  const unknown = (word: string): boolean => !vocabulary.has(word);
  const named = (word: string): boolean => keep?.has(word) ?? false;

  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const next = words[i + 1];
    const joined = next === undefined ? '' : word + next;
    const splitHere = next !== undefined && !named(word) && !named(next) &&
      (unknown(word) || unknown(next)) &&
      joined.length >= MIN_JOINED_LENGTH && !/\d/.test(joined) &&
      (vocabulary.get(joined) ?? 0) >= MIN_JOINED_FREQUENCY;
    if (splitHere) {
      out.push(joined);
      i += 1;
    } else {
      out.push(word);
    }
  }

  return out.join(' ');
}
