/**
 * Search keys for commune names. La Poste writes names in capitals without accents,
 * hyphens or apostrophes ("L EPINE AUX BOIS"); citizens type "l'Épine-aux-Bois" or
 * "st etienne": both must reduce to the same key.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const ABBREVIATION = /\b(st|ste|sts|stes)\b/g;

function foldLetters(text: string): string {
  return PLAIN_ASCII.test(text) ? text.toLowerCase() : text.normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

function expandAbbreviations(key: string): string {
  return key.replace(ABBREVIATION, (word) => ABBREVIATIONS[word] ?? word);
}

// one pass of a few regular expressions: a citizen's text, or a name of the table
export function normalizeName(text: string): string {
  return expandAbbreviations(foldLetters(text).replace(/[^a-z0-9]+/g, ' ').trim());
}

/**
 * normalizeName of each name, each followed by a newline, in one pass over all of them: the
 * index normalises ~47,000 names at every start (~20 ms one by one). On plain ASCII every
 * step works character by character and a newline ends a word as the end of a name does,
 * so each line comes out as normalizeName makes it; the rare other name is normalised
 * alone first (normalizeName of a key is that key). The tests compare both on the table.
 */
export function normalizeNames(names: readonly string[]): string {
  if (names.length === 0) {
    return '';
  }
  const plain = names.map((name) => (PLAIN_ASCII.test(name) ? name : normalizeName(name)));

  return expandAbbreviations(`${plain.join('\n')}\n`.toLowerCase()
    .replace(/[^a-z0-9\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/^ /, ''));
}

const LOWER_WORDS = new Set([
  'a', 'au', 'aux', 'de', 'des', 'du', 'en', 'et', 'la', 'le', 'les', 'lès', 'sur', 'sous',
]);

const ELIDED = new Set(['l', 'd']);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "L EPINE AUX BOIS" becomes "L'Epine aux Bois": La Poste capitals are hard to read. */
export function displayName(laPosteName: string): string {
  const words = laPosteName.toLowerCase().split(/\s+/).filter((word) => word !== '');
  let out = '';

  words.forEach((word, index) => {
    const first = index === 0;
    const separator = out === '' || out.endsWith("'") ? '' : ' ';
    if (ELIDED.has(word) && index < words.length - 1) {
      out += `${separator}${first ? word.toUpperCase() : word}'`;
      return;
    }
    const shown = !first && LOWER_WORDS.has(word) ? word : capitalize(word);
    out += separator + shown;
  });

  return out;
}
