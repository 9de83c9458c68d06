/** French calendar words, folded (no accents, lower case) as fold() produces them. */

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 0, janv: 0, fevrier: 1, fevr: 1, fev: 1, mars: 2, avril: 3, avr: 3, mai: 4,
  juin: 5, juillet: 6, juil: 6, aout: 7, septembre: 8, sept: 8, octobre: 9, oct: 9,
  novembre: 10, nov: 10, decembre: 11, dec: 11,
};

/** Month names as the parsers read them back, January first. */
export const MONTH_NAMES: readonly string[] = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre',
  'octobre', 'novembre', 'decembre',
];

export const WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30,
};

/** "3" or "trois" → 3; undefined for anything else. */
export function readCount(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) {
    return Number(word);
  }
  return NUMBER_WORDS[word];
}

export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS).join('|');

export const COUNT_PATTERN = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;

/** Days of the month written in words, as people spell them: "vingt trois", "trente et un". */
const DAY_WORDS: Readonly<Record<string, number>> = (() => {
  const words: Record<string, number> = { premier: 1 };
  const units = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  const teens = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
  [...units, ...teens].forEach((word, index) => { words[word] = index + 2; });
  units.slice(5).forEach((unit, index) => { words[`dix ${unit}`] = 17 + index; });
  units.forEach((unit, index) => { words[`vingt ${unit}`] = 22 + index; });
  Object.assign(words, { vingt: 20, 'vingt et un': 21, trente: 30, 'trente et un': 31 });
  return words;
})();

/** A day of the month: "3", "03", "1er", "1 er", "premier", "vingt trois". */
export const DAY_PATTERN = [
  '\\d{1,2}(?: ?(?:er|ere|eme|e)\\b)?',
  ...Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length),
].join('|');

/** The number of a day of the month as matched by DAY_PATTERN, else undefined. */
export function readDayOfMonth(said: string): number | undefined {
  const digits = /^(\d{1,2})/.exec(said);
  return digits ? Number(digits[1]) : DAY_WORDS[said];
}
