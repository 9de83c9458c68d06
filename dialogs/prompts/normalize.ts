/**
 * Folds what people type into one comparable form: lower case, no accents, one kind of
 * apostrophe and hyphen turned into spaces, single spaces. Used by every parser so that
 * "Hier SOIR", "hier soir" and "hiér  soir" read the same.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u00a0\u202f\t\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * fold() and also drops punctuation, for matching words and choices. "c'est" typed as
 * "cest" or "c" ("c bon", the commonest way to confirm on a phone) reads as "c est".
 */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[.,;:!?()"«»'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\bcest\b/g, 'c est')
    .replace(/\bc (?!est\b)/g, 'c est ');
}
