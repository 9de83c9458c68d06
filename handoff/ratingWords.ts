import { isBabble } from '../dialogs/common/babble';
import { SMS_WORDS } from '../nlu/sms-words';
import { normalizeCommand } from './commands';

/**
 * A rating typed rather than tapped, at « Comment évaluez-vous cet échange, de 1 à 5 ? »:
 * "4/5", "quatre", "5 etoiles", "bof 2", "je mets 3 sur 5". Only a figure among words
 * said around a rating counts: "j'ai 2 questions" is a new request, not a 2.
 */

const FIGURES: Readonly<Record<string, number>> = {
  1: 1, 2: 2, 3: 3, 4: 4, 5: 5, deux: 2, trois: 3, troi: 3, quatre: 4, quatres: 4, katre: 4,
  cinq: 5, cinqs: 5, cinque: 5, sinq: 5,
};

/** "un" and "une" are figures only when no other is said ("une étoile", "c'est un 4"). */
const ONE = new Set(['un', 'une']);

/** Words said around a rating, none a request of its own. */
const AROUND = new Set(['je', 'j', 'mets', 'met', 'mais', 'donne', 'donnerais', 'dirais',
  'dis', 'note', 'notes', 'ma', 'mon', 'avis', 'vote', 'c', 'est', 'ca', 'vaut', 'sur',
  'etoile', 'etoiles', 'etoil', 'etoils', 'etoille', 'etoilles', 'star', 'stars', 'points',
  'point', 'pts', 'merci', 'beaucoup', 'bof', 'bien', 'tres', 'moyen', 'mouais', 'ok',
  'voila', 'alors', 'euh', 'heu', 'disons', 'plutot', 'environ', 'bon', 'allez', 'et', 'a',
  'vous', 'la', 'le', 'pour', 'l', 'echange', 'conversation']);

const MAX_WORDS = 8;

/** "sur 5", "/5", "sur cinq": the scale, not a second figure. */
const OUT_OF_FIVE = /\s*(?:\/|\bsur)\s*(?:5|cinq)\b/giu;

/** "8/10", "10 sur 10": a mark out of ten, read on the 1-5 scale (a tester's "10/10"). */
const OUT_OF_TEN = /\b(10|\d)\s*(?:\/|sur)\s*(?:10|dix)\b/giu;

function outOfFive(_match: string, mark: string): string {
  return String(Math.max(1, Math.round(Number(mark) / 2)));
}

/** Stars typed or tapped: "⭐⭐⭐⭐". */
const STARS = /^(?:[⭐★🌟]\uFE0F?\s*){1,5}$/u;

/** The figure of a rating said in words or with typos, or undefined. */
export function ratingInWords(text: string): number | undefined {
  const trimmed = text.trim();
  if (STARS.test(trimmed)) {
    return [...trimmed.matchAll(/[⭐★🌟]/gu)].length;
  }

  const scaled = trimmed.replace(OUT_OF_TEN, outOfFive).replace(OUT_OF_FIVE, ' ');
  const words = normalizeCommand(scaled).split(' ')
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > MAX_WORDS) {
    return undefined;
  }
  const figures = new Set(words.flatMap((word) => FIGURES[word] ?? []));
  if (figures.size === 0 && words.some((word) => ONE.has(word))) {
    figures.add(1);
  }
  const others = words.every((word) => FIGURES[word] !== undefined || ONE.has(word)
    || AROUND.has(word));
  return figures.size === 1 && others ? [...figures][0] : undefined;
}

const VOWEL = /[aeiouy]/;

/** Letters typed along a keyboard row ("azerty", "qsdfgh", "asdf"). */
const KEYBOARD_ROWS = ['azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertyuiop', 'asdfghjkl',
  'zxcvbnm'];

/** Short forms without a vowel that are words to the citizen ("mdr", "svp", "bjr"). */
const VOWELLESS_WORDS = new Set(['mdr', 'ptdr', 'svp', 'stp', 'pk', 'pq', 'bjr', 'bsr', 'slt',
  'cc', 'tkt', 'nn', 'msg', 'rdv', 'pb', 'jsp', 'ds', 'dc', 'bcp', 'tt', 'vs', 'mr', 'mme']);

function isNoWord(word: string): boolean {
  if (/\d/.test(word) || VOWELLESS_WORDS.has(word) || SMS_WORDS[word] !== undefined) {
    return false;
  }
  const onARow = word.length >= 4 && KEYBOARD_ROWS.some((row) => row.includes(word));
  return onARow || !VOWEL.test(word);
}

/** Sounds of hesitation, which give no opinion yet: "euh", "heuuu", "hmm", "bah", "jsp". */
const HESITATION = /^(?:e+u+h*|h+e+u+h*|h+m+|h+u+m+|b+a+h+|b+e+n+|p+f+t*|jsp|je|ne|sais|pas)$/;

/** Only hesitation ("euh", "hmm", "je sais pas"): no answer yet to the rating question. */
export function isHesitation(text: string): boolean {
  const words = normalizeCommand(text).split(' ').filter((word) => word !== '');
  return words.length > 0 && words.every((word) => HESITATION.test(word));
}

/**
 * Nothing readable: only signs ("???"), keys held down, letters that make no word
 * ("sdfgh", "azerty"), or hesitation ("euh": a tester's rating was dropped on it). Such
 * an answer to the rating question gets the question once more; anything else that is no
 * rating goes to the assistant.
 */
export function isGibberish(text: string): boolean {
  if (isHesitation(text)) {
    return true;
  }
  const words = normalizeCommand(text).split(' ').filter((word) => word !== '');
  if (words.length === 0) {
    return /[\p{P}\p{S}]/u.test(text);
  }
  return isBabble(words.join(' ')) || words.every(isNoWord);
}
