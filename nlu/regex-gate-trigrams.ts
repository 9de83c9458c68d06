/**
 * Character trigrams as numbers, for the regex gate's tables: the characters of a normalised
 * text, then one code for everything else.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 ';
export const SYMBOLS = ALPHABET.length + 1;
const SYMBOL = new Uint8Array(128).fill(ALPHABET.length);
[...ALPHABET].forEach((char, i) => {
  SYMBOL[char.charCodeAt(0)] = i;
});

export function symbol(code: number): number {
  return code < 128 ? SYMBOL[code] : ALPHABET.length;
}

export function trigramAt(text: string, i: number): number {
  return (symbol(text.charCodeAt(i)) * SYMBOLS + symbol(text.charCodeAt(i + 1))) * SYMBOLS +
    symbol(text.charCodeAt(i + 2));
}
