import { normalize } from './normalize';

/**
 * Masks what could identify someone in a message before it is kept: phone numbers,
 * e-mails, French plates, long numbers (cards, IBAN), and names (after "je m'appelle",
 * "M.", "Mme"..., and any capitalised word inside a sentence). Placeholders are plain words
 * so that they survive normalisation.
 */
export const MASKS = {
  email: 'masquemail',
  phone: 'masquetel',
  plate: 'masqueplaque',
  number: 'masquenumero',
  name: 'masquenom',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /(?:(?:\+|00)\s?33\s?\(?0?\)?|0)\s?[1-9](?:[\s.-]?\d{2}){4}\b/g;
/** New plates (AB-123-CD, any case) and old ones (1234 AB 56, capitals only). */
const PLATE = new RegExp('\\b[A-Za-z]{2}[\\s-]?\\d{3}[\\s-]?[A-Za-z]{2}\\b|' +
  '\\b\\d{2,4}[\\s-]?[A-Z]{2,3}[\\s-]?(?:\\d{2}|2[AB])\\b', 'g');
const LONG_NUMBER = /\d(?:[\s-]?\d){5,}/g;
/** The next one or two words are a name, whatever their case. */
const SELF_INTRODUCTION = new RegExp(
  "\\b(je m['’ ]?appelle|mon nom est|mon nom c['’ ]?est|mon prenom est|je me nomme)" +
  "\\s+([\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)", 'giu');
/** A title then capitalised words: "M. Durand", "madame Le Goff", "je suis Marie". */
const TITLED_NAME = new RegExp(
  '\\b(M\\.|Mme|Mlle|Mr|Me|Dr|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Jj]e suis)' +
  "\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)", 'gu');
/** A capitalised word that does not start a sentence. */
const INNER_CAPITAL = /(?<=[\p{L}\p{N},;:'’)]\s+)\p{Lu}[\p{Ll}'’-]+/gu;

/** The message with personal data replaced by placeholders (original case kept). */
export function maskPersonalData(text: string): string {
  const masked = text
    .replace(EMAIL, ` ${MASKS.email} `)
    .replace(PHONE, ` ${MASKS.phone} `)
    .replace(PLATE, ` ${MASKS.plate} `)
    .replace(LONG_NUMBER, ` ${MASKS.number} `);

  return masked
    .replace(SELF_INTRODUCTION, (_, intro: string) => `${intro} ${MASKS.name}`)
    .replace(TITLED_NAME, (_, title: string) => `${title} ${MASKS.name}`)
    .replace(INNER_CAPITAL, MASKS.name);
}

/** What may be stored of a message: masked first, then normalised. */
export function storableText(text: string): string {
  return normalize(maskPersonalData(text));
}
