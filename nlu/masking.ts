import { ADDRESS_MASK, maskAddresses } from './masking-address';
import { PARTICLES, joinNameMasks } from './masking-compound';
import { maskFirstNames } from './masking-names';
import { maskSpokenNumbers } from './masking-spoken';
import { normalize } from './normalize';

/**
 * Masks what could identify someone in a message before it is kept: phone numbers,
 * e-mails, French plates, dates, long numbers (cards, IBAN, social security), the
 * references of our own records (a pré-plainte's leads to its record), postal
 * addresses (a house number, a way and its name: "8 rue des roses"), numbers said in words
 * (`masking-spoken.ts`), and names
 * (after "je m'appelle", "M.", "Mme"..., and any capitalised word inside a sentence) with
 * the first names beside them or after a relative (`masking-names.ts`).
 * Placeholders are plain words so that they survive normalisation.
 */
export const MASKS = {
  email: 'masquemail',
  phone: 'masquetel',
  plate: 'masqueplaque',
  number: 'masquenumero',
  name: 'masquenom',
  date: 'masquedate',
  reference: 'masquereference',
  address: ADDRESS_MASK,
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Not inside a longer number: a social security number holds a phone-like run. */
const PHONE = /(?<!\d)(?:(?:\+|00)\s?33\s?\(?0?\)?|0)\s?[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g;
/** A birth date is as identifying as a name: 03/04/1990, 3.4.90, 03-04-1990. */
const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g;
/** New plates (AB-123-CD, any case) and old ones (1234 AB 56, capitals only). */
const PLATE = new RegExp('\\b[A-Za-z]{2}[\\s-]?\\d{3}[\\s-]?[A-Za-z]{2}\\b|' +
  '\\b\\d{2,4}[\\s-]?[A-Z]{2,3}[\\s-]?(?:\\d{2}|2[AB])\\b', 'g');
const LONG_NUMBER = /\d(?:[\s-]?\d){5,}/g;
/** A pré-plainte's or an OTV request's reference (PP-7K4M-Q2XD): it leads to a record. */
const REFERENCE = /\b(?:PP|OTV)[\s-]?[A-Z0-9]{4}[\s-]?[A-Z0-9]{4}\b/gi;
/** Words that end a self-introduction rather than continue the name. */
const NOT_A_NAME = "(?!(?:et|je|j|mais|ne|née?|nee?|de|du|le|la|les|pour|qui|a|à|au)\\b)";
/** The next one or two words are a name, whatever their case ("moi c kevin durand"). */
const SELF_INTRODUCTION = new RegExp(
  "\\b(je m['’ ]?appelle|mon nom est|mon nom c['’ ]?est|mon prenom est|mon prénom est|" +
  "je me nomme|moi c['’ ]?est|moi c)" +
  `\\s+([\\p{L}'’-]+(?:\\s+${NOT_A_NAME}[\\p{L}'’-]+)?)`, 'giu');
/**
 * A title then capitalised words, particles included: "M. Durand", "madame Le Goff",
 * "M. de La Fontaine", "je suis Marie".
 */
const TITLED_NAME = new RegExp(
  '\\b(M\\.|Mme|Mlle|Mr|Me|Dr|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|[Jj]e suis)' +
  `\\s+((?:${PARTICLES}\\s*)*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`, 'gu');
/** A capitalised word that does not start a sentence, whole when hyphenated ("Jean-Pierre"). */
const INNER_CAPITAL = /(?<=[\p{L}\p{N},;:'’)]\s+)\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]*)*/gu;

/** True when the message leaves a phone number or an e-mail address to be called back on. */
export function leavesContact(text: string): boolean {
  return new RegExp(PHONE.source).test(text) || new RegExp(EMAIL.source, 'u').test(text);
}

/** The message with personal data replaced by placeholders (original case kept). */
export function maskPersonalData(text: string): string {
  const masked = maskAddresses(maskSpokenNumbers(text
    .replace(REFERENCE, ` ${MASKS.reference} `)
    .replace(EMAIL, ` ${MASKS.email} `)
    .replace(PHONE, ` ${MASKS.phone} `)
    .replace(DATE, ` ${MASKS.date} `)
    .replace(PLATE, ` ${MASKS.plate} `)
    .replace(LONG_NUMBER, ` ${MASKS.number} `), MASKS.phone));

  return joinNameMasks(maskFirstNames(masked
    .replace(SELF_INTRODUCTION, (_, intro: string) => `${intro} ${MASKS.name}`)
    .replace(TITLED_NAME, (_, title: string) => `${title} ${MASKS.name}`)
    .replace(INNER_CAPITAL, MASKS.name), MASKS.name), MASKS.name);
}

/** What may be stored of a message: masked first, then normalised. */
export function storableText(text: string): string {
  return normalize(maskPersonalData(text));
}
