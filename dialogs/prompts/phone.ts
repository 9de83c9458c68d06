import { Parsed, failed, parsed } from './parsed';

/**
 * Overseas France has its own country codes; the gendarmerie serves it too. Subscriber
 * lengths: 9 digits for the DROM and Saint-Pierre (like the mainland), 6 for New
 * Caledonia, 8 for French Polynesia, 6 for Wallis-et-Futuna.
 */
const OVERSEAS: ReadonlyArray<[string, number]> = [
  ['262', 9], ['269', 9], ['590', 9], ['594', 9], ['596', 9], ['508', 9],
  ['687', 6], ['689', 8], ['681', 6],
];

function overseasNumber(compact: string): string | undefined {
  const international = compact.replace(/^00/, '+');
  for (const [code, length] of OVERSEAS) {
    const match = new RegExp(`^\\+${code}0?(\\d{${length}})$`).exec(international);
    if (match) {
      return `+${code}${match[1]}`;
    }
  }
  return undefined;
}

/**
 * A French phone number as people type it ("06 12 34 56 78", "06.12.34.56.78",
 * "+33 6 12 34 56 78", "0033 6 12...", "+33 (0)6 12..."), returned in E.164 (+33612345678)
 * so that gendarmes can dial it from any system.
 */
export function parseFrenchPhone(text: string): Parsed<string> {
  const alone = parseNumber(text);
  if (alone.ok) {
    return alone;
  }
  // "mon portable c'est le 06 12 34 56 78": the one number in the sentence
  const inSentence = text.match(NUMBER_IN_SENTENCE) ?? [];
  return inSentence.length === 1 && inSentence[0].trim() !== text.trim()
    ? parseNumber(inSentence[0]) : alone;
}

/** A run of digits with the separators people type, possibly after + or (0). */
const NUMBER_IN_SENTENCE = /\+?\d[\d\s.\-/()]{7,}\d/g;

function parseNumber(text: string): Parsed<string> {
  const compact = text.replace(/\(0\)/g, '').replace(/[\s.\-/]/g, '');
  if (compact === '') {
    return failed('prompts/errors.phone_format');
  }
  const overseas = overseasNumber(compact);
  if (overseas) {
    return parsed(overseas);
  }
  const national = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  if (!national) {
    return failed(/^\+|^00/.test(compact) && !/^(\+33|0033)/.test(compact)
      ? 'prompts/errors.phone_foreign'
      : 'prompts/errors.phone_format');
  }
  // 08 numbers are services and 089 premium-rate: a gendarme cannot call a citizen back there
  if (national[1].startsWith('8')) {
    return failed('prompts/errors.phone_service');
  }
  return parsed(`+33${national[1]}`);
}

/** +33612345678 → "06 12 34 56 78", the way a French reader expects to see it. */
export function formatFrenchPhone(e164: string): string {
  if (!e164.startsWith('+33')) {
    return e164;
  }
  const digits = `0${e164.replace(/^\+33/, '')}`;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}
