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

/** Fewer words than this are never taken for a repetition ("non non non" is an answer). */
const MIN_REPEATED_WORDS = 8;

/** At most one distinct word per this many: "je je je je…", "aaa bbb aaa bbb…". */
const WORDS_PER_DISTINCT = 4;

/**
 * The same word or two typed over and over ("je je je…" 5,000 characters, t89's F5): the
 * model reads it as its nearest topic, a goodbye, though nothing was said.
 */
function isRepetition(words: readonly string[]): boolean {
  return words.length >= MIN_REPEATED_WORDS
    && new Set(words).size * WORDS_PER_DISTINCT <= words.length;
}

/**
 * A message with no word at all, only letters held down or runs longer than any word
 * ("aaaa…" 5,000 times): the model gives it its nearest topic, a goodbye for tester16's
 * F14, which would end the exchange with someone who may be unable to type.
 */
export function isBabble(normalized: string): boolean {
  const words = normalized.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && (words.every(isBabbleWord) || isRepetition(words));
}
