/**
 * A phone number, card or IBAN dictated or typed out in words ("zéro six douze trente-quatre
 * cinquante-six…"): voice input writes digits as words, and a tester's number spelt out so
 * was kept in the unanswered-questions store. Four number words or more in a row (small
 * numbers in digits count too) are one number; "vingt et un" joins, "deux ou trois" does not.
 */
const NUMBER_WORDS = [
  'z[ée]ro', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf',
  'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingts?', 'trente',
  'quarante', 'cinquante', 'soixante', 'cents?', 'mille', '\\d{1,3}',
];

const WORD = `(?:${NUMBER_WORDS.join('|')})`;
/** Between two number words: spaces, a hyphen, a dot, a comma, or " et ". */
const JOIN = '(?:[\\s.,-]+(?:et[\\s-]+)?)';
const SPOKEN_NUMBER = new RegExp(`(?<![\\p{L}\\d])${WORD}(?:${JOIN}${WORD}){3,}(?![\\p{L}\\d])`,
  'giu');

/** The text with each run of four number words or more replaced by `mask`. */
export function maskSpokenNumbers(text: string, mask: string): string {
  return text.replace(SPOKEN_NUMBER, ` ${mask} `);
}
