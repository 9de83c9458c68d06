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

// one pass of a few regular expressions: the index normalises ~50,000 names at once
export function normalizeName(text: string): string {
  const ascii = PLAIN_ASCII.test(text);
  let key = ascii ? text.toLowerCase() : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');

  key = key.replace(/[^a-z0-9]+/g, ' ').trim();

  return key.replace(ABBREVIATION, (word) => ABBREVIATIONS[word] ?? word);
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
