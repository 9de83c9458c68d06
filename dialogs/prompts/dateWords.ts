/** French calendar words, folded (no accents, lower case) as fold() produces them. */

export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 0, janv: 0, fevrier: 1, fevr: 1, fev: 1, mars: 2, avril: 3, avr: 3, mai: 4,
  juin: 5, juillet: 6, juil: 6, aout: 7, septembre: 8, sept: 8, octobre: 9, oct: 9,
  novembre: 10, nov: 10, decembre: 11, dec: 11,
};

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
