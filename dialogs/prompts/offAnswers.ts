import { foldWords } from './normalize';

/**
 * Answers that belong to another question of the form: a tester gave a phone number as the
 * street and a street address as the birthplace, and both went to the recap (F1). Only
 * the unmistakable shapes are recognised, so that no real answer is ever refused.
 */

/** "4 rue de la mairie": a number then a kind of street is an address, never a date. */
const STREET_ADDRESS = new RegExp('\\b\\d{1,4} ?(?:bis |ter )?(?:rue|avenue|av|bd|boulevard|' +
  'chemin|impasse|allee|place|route|rte|quai|cours|square|lotissement|residence|chaussee|' +
  'passage|voie|lieu dit|hameau|faubourg|parvis|esplanade|sentier|ruelle|cite)\\b');

/** Digits and what people type between them, the whole answer: "06 12 34 56 78". */
const PHONE_ONLY = /^\+?[\d\s.\-/()]+$/;

/** Something@something.tld anywhere in the answer. */
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

export function looksLikeStreetAddress(text: string): boolean {
  return STREET_ADDRESS.test(foldWords(text));
}

/** Eight digits or more and nothing else: no street, town or country is written so. */
export function looksLikePhoneNumber(text: string): boolean {
  return PHONE_ONLY.test(text.trim()) && text.replace(/\D/g, '').length >= 8;
}

export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * An address, a phone number or an e-mail: the answer to another question of the form,
 * never a subject to answer aside ("devant chez moi 12 rue des lilas" at « Connaissez-vous
 * l'auteur ? » read as harassment: tester F10).
 */
export function looksLikeOtherAnswer(text: string): boolean {
  return looksLikeStreetAddress(text) || looksLikePhoneNumber(text) || looksLikeEmail(text);
}
