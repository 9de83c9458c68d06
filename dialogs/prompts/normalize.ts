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

/** fold() and also drops punctuation, for matching words and choices. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[.,;:!?()"«»'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
