/**
 * Postal addresses, masked before a message is kept: "je suis au 8 rue des roses a albi"
 * was stored word for word, a victim's home sent right after an emergency (tester F4).
 * An address is a house number, a kind of way ("rue", "av.", "bd", "allée", typed with or
 * without accents, or with one slip: "avenu", "boulevrad") and the way's name after it; a
 * lieu-dit needs no number. The town after "à" stays: alone it points to nobody.
 */

/** Kinds of way, without accents; any slip of one letter is also read for the long ones. */
const WAYS: readonly string[] = [
  'rue', 'rues', 'ru', 'ruelle', 'r', 'avenue', 'av', 'ave', 'avn', 'boulevard', 'bd', 'bld',
  'blvd', 'bvd', 'boul', 'chemin', 'ch', 'chem', 'impasse', 'imp', 'allee', 'allees', 'alle',
  'alee', 'place', 'pl', 'plce', 'route', 'rte', 'rout', 'routte', 'residence', 'res', 'resid',
  'residance', 'lotissement', 'lotiss', 'hameau', 'quai', 'cours', 'square', 'sq', 'passage',
  'cite', 'voie', 'sentier', 'clos', 'faubourg', 'fbg', 'montee', 'promenade', 'esplanade',
  'traverse', 'domaine', 'parvis', 'rond-point', 'ld',
];
const SHORT_WAYS: ReadonlySet<string> = new Set(WAYS);
/** Only these are long enough for a one-letter slip not to make another word ("place"). */
const LONG_WAYS = ['avenue', 'boulevard', 'chemin', 'impasse', 'residence', 'lotissement',
  'hameau', 'promenade', 'esplanade', 'faubourg', 'sentier'];

/** Words that end the way's name: what the citizen says next, not part of the address. */
const AFTER_ADDRESS: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'et', 'ou', 'dans', 'sur', 'pres', 'vers', 'depuis', 'mais', 'car',
  'donc', 'pour', 'avec', 'chez', 'en', 'je', 'j', 'il', 'elle', 'ils', 'elles', 'on', 'nous',
  'vous', 'tu', 'me', 'm', 'y', 'svp', 'stp', 'vite', 'aidez', 'venez', 'merci', 'c', 'cest',
  'ce', 'cette', 'qui', 'que', 'qu', 'quand', 'comment', 'pourquoi', 'est', 'sont', 'suis',
  'ai', 'ya', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'si', 'ne', 'pas', 'plus', 'ici',
  'maintenant', 'hier', 'aujourd', 'demain', 'urgent', 'parce', 'pcq', 'pk', 'ki', 'ke',
  // SMS spellings of "j'ai", "je suis", "je veux"...
  'jai', 'g', 'jsuis', 'jsui', 'chui', 'jveux', 'jpeux', 'jme', 'jen', 'jy',
]);

/** The way's name is at most this many words: "rue du maréchal de lattre de tassigny". */
const MAX_NAME_WORDS = 7;

export const ADDRESS_MASK = 'masqueadresse';

/**
 * A house number ("8", "12bis", "3 ter,", "8 de la") then the way's kind, or "lieu-dit" /
 * "lieu dit" alone; the name is read after it word by word, up to a punctuation mark.
 */
const ADDRESS_START = new RegExp("(?<![\\p{L}\\p{N}])(?:(?:n[°o]\\s?)?\\d{1,4}(?:\\s?(?:bis|"
  + "ter|quater|[abt])(?![\\p{L}\\p{N}]))?,?\\s+"
  + "(?:de\\s+(?:la\\s+|l['’]\\s*)?|du\\s+)?([\\p{L}][\\p{L}-]*\\.?)|lieux?[\\s-]?dits?)"
  + '(?![\\p{L}\\p{N}])', 'giu');

const NEXT_WORD = /^\s+([\p{L}\p{N}'’-]+)/u;

function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
}

/** At most one letter added, dropped, changed, or two neighbours swapped. */
function oneSlipFrom(word: string, target: string): boolean {
  if (Math.abs(word.length - target.length) > 1) {
    return false;
  }
  let i = 0;
  while (i < word.length && word[i] === target[i]) {
    i += 1;
  }
  const swapped = word[i] === target[i + 1] && word[i + 1] === target[i]
    && word.slice(i + 2) === target.slice(i + 2);
  return word === target || swapped || word.slice(i + 1) === target.slice(i + 1)
    || word.slice(i) === target.slice(i + 1) || word.slice(i + 1) === target.slice(i);
}

function isWay(word: string): boolean {
  const bare = plain(word);
  return SHORT_WAYS.has(bare)
    || (bare.length >= 5 && LONG_WAYS.some((way) => oneSlipFrom(bare, way)));
}

/** "j'habite" ends the name, "d'Estienne" does not: an elided word is read by its head. */
function endsName(word: string): boolean {
  return AFTER_ADDRESS.has(plain(word).replace(/['’].*$/, ''));
}

/** How many characters of `rest` name the way (up to MAX_NAME_WORDS words); 0: none. */
function nameEnd(rest: string): number {
  let end = 0;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    const next = NEXT_WORD.exec(rest.slice(end));
    if (next === null || endsName(next[1])) {
      break;
    }
    end += next[0].length;
  }
  return end;
}

/** `text` with each postal address replaced by ADDRESS_MASK. */
export function maskAddresses(text: string): string {
  const finder = new RegExp(ADDRESS_START.source, ADDRESS_START.flags);
  let masked = '';
  let copied = 0;

  for (let found = finder.exec(text); found !== null; found = finder.exec(text)) {
    const after = found.index + found[0].length;
    const way = found[1];
    const end = way === undefined || isWay(way) ? nameEnd(text.slice(after)) : 0;
    if (end > 0) {
      masked += `${text.slice(copied, found.index)} ${ADDRESS_MASK}`;
      copied = after + end;
      finder.lastIndex = copied;
    }
  }
  return masked + text.slice(copied);
}
