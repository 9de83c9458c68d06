import { PHONETIC_WORDS, phoneticRespelled } from './sms-phonetic';
import { SMS_WORDS } from './sms-words';

/**
 * One canonical form of a citizen message, shared by the emergency triage and the topic
 * classifier, so that "J’ai", "jai", "j ai" and "G" all reach them as "je ai".
 * The output is lower-case ASCII words separated by single spaces.
 */

/** Longer messages are cut: nobody types more in a chat, and regexes stay linear. */
export const MAX_INPUT_LENGTH = 1000;

const APOSTROPHES = /[’‘`´ʼʹ′']/g;

/**
 * Format characters (soft hyphen, zero-width space and joiners, bidi marks) sit inside a
 * word without splitting it: "f\u00ADeu" is "feu", as the citizen reads it on screen.
 */
const FORMAT = /\p{Cf}/gu;

/** Control and private-use characters separate words; then anything not a letter/digit. */
const INVISIBLE = /[\p{Cc}\p{Co}\p{Cs}]/gu;
const NOT_WORD = /[^a-z0-9 ]+/g;

/**
 * Markup pasted or typed into the chat ("on a <b>cambriolé</b> ma cave"): its tag names are
 * no words of the citizen, and a stray "b" around a verb changed what the models read.
 */
const MARKUP_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(\s[^<>]{0,200})?\/?>/g;

/** Three or more of the same letter is shouting or a slip: "auuu secouuurs". */
const REPEATED = /(\p{L})\1{2,}/gu;

const LIGATURES: ReadonlyArray<[RegExp, string]> = [
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
];

/** Elided words, once the apostrophe is gone or was never typed: "j ai", "qu il". */
const ELISIONS: Readonly<Record<string, string>> = {
  j: 'je',
  l: 'le',
  d: 'de',
  m: 'me',
  t: 'tu',
  s: 'se',
  n: 'ne',
  c: 'ce',
  qu: 'que',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
};

/**
 * A one-letter word is expanded ("t" is "tu", "k" is "que"), but not the first part of a
 * compound: "t-shirt" is no "tu shirt", "k-way" no "que way", "c-à-d" no "ce a de". An elided
 * letter before a vowel or an "h" stays an elision typed with a hyphen ("j-ai", "l-homme"),
 * and "a-t-il" reads as before (a letter after a hyphen is never joined).
 */
const LETTER_CHAIN = /(?<![a-z0-9-])[a-z](?:-[a-z]){1,3}(?![a-z0-9-])/g;
const LETTER_COMPOUND = /(?<![a-z0-9-])([gko]|[jldmtsnc](?=-[bcdfgjklmnpqrstvwxz]))-(?=[a-z]{2})/g;

function joinedCompounds(text: string): string {
  if (!text.includes('-')) {
    return text;
  }

  return text.replace(LETTER_CHAIN, (chain) => chain.replace(/-/g, ''))
    .replace(LETTER_COMPOUND, '$1');
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A Map, not the objects: "constructor" is no key of theirs, and lookups are faster. */
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(ELISIONS), ...Object.entries(SMS_WORDS), ...Object.entries(PHONETIC_WORDS),
]);

function expandWord(word: string): string {
  return EXPANSIONS.get(word) ?? word;
}

const DIGITS = /^\d+$/;

/** "249 g" is a weight (a drone's, a dose), not the SMS "g" for "j'ai". */
function expandAt(word: string, index: number, all: readonly string[]): string {
  return word === 'g' && index > 0 && DIGITS.test(all[index - 1]) ? word : expandWord(word);
}

/** Printable ASCII has no invisible character, ligature nor accent to take care of. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The last texts normalised: a turn's message is normalised by the triage, the model, the
 * keyword answers and the prompt that reads it (four calls, one text). A few dozen entries
 * of at most MAX_INPUT_LENGTH characters, dropped all at once when full.
 */
const recent = new Map<string, string>();
const RECENT_TEXTS = 32;

/** The canonical form of `text`; never throws, whatever it receives. */
export function normalize(text: unknown): string {
  if (typeof text !== 'string') {
    return '';
  }

  const known = recent.get(text);
  if (known !== undefined) {
    return known;
  }
  if (recent.size >= RECENT_TEXTS) {
    recent.clear();
  }
  const out = canonical(text);
  if (text.length <= MAX_INPUT_LENGTH) {
    recent.set(text, out);
  }
  return out;
}

function canonical(text: string): string {
  const sliced = text.slice(0, MAX_INPUT_LENGTH);
  const cut = sliced.includes('<') ? sliced.replace(MARKUP_TAG, ' ') : sliced;
  let out: string;

  if (PRINTABLE_ASCII.test(cut)) {
    out = cut.toLowerCase().replace(REPEATED, '$1');
  } else {
    // NFKC first: full-width letters of some phone keyboards ("ＣＯＵＴＥＡＵ") and
    // compatibility forms (ﬁ, ²) are the plain letters and digits a citizen meant.
    out = cut.replace(FORMAT, '').normalize('NFKC').replace(INVISIBLE, ' ').toLowerCase()
      .replace(REPEATED, '$1');
    for (const [pattern, replacement] of LIGATURES) {
      out = out.replace(pattern, replacement);
    }
    out = stripAccents(out);
  }

  out = joinedCompounds(out.replace(APOSTROPHES, ' ')).replace(NOT_WORD, ' ');

  // the words first: "jé" is "je" before "je peur" can be read as "je ai peur"
  return phoneticRespelled(out
    .split(' ')
    .filter((word) => word !== '')
    .map(expandAt)
    .join(' '));
}

/** The words of an already normalised text. */
export function words(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
