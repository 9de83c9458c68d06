/** No French word is longer than this: a longer run of letters is a key held down. */
const MAX_WORD_LETTERS = 26;

/** A word made of one letter repeated: "aaaa", "zzzzzz". */
const ONE_LETTER_REPEATED = /^(\p{L})\1{2,}$/iu;

/** A letter typed over and over ("aaaa") is a keyboard, not a word nor a name. */
export function isLetterHeldDown(word: string): boolean {
  return ONE_LETTER_REPEATED.test(word);
}

function isBabbleWord(word: string): boolean {
  return isLetterHeldDown(word) || word.length > MAX_WORD_LETTERS;
}

/**
 * A message with no word at all, only letters held down or runs longer than any word
 * ("aaaa…" 5,000 times): the model gives it its nearest topic, a goodbye for tester16's
 * F14, which would end the exchange with someone who may be unable to type.
 */
export function isBabble(normalized: string): boolean {
  const words = normalized.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && words.every(isBabbleWord);
}
