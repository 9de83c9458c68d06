import { looksLikePhoneNumber } from './offAnswers';

/** An e-mail address and nothing else: "marie.dupont@example.fr". */
const EMAIL_ONLY = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Digits and separators only, a phone number or not: "0612345678", "12 34". */
const DIGITS_ONLY = /^[\d\s.,\-/+()]+$/;

/** No letter nor digit: punctuation or emoji only ("???", "👍"). */
const NO_WORD = /^[^\p{L}\p{N}]+$/u;

/** What an answer is, when it cannot describe anything: contact details, digits, symbols. */
export type Unlikely = 'email' | 'phone' | 'digits' | 'symbols';

export function unlikelyDescription(text: string): Unlikely | undefined {
  const said = text.trim();
  if (said === '') {
    return undefined;
  }
  if (EMAIL_ONLY.test(said)) {
    return 'email';
  }
  if (looksLikePhoneNumber(said)) {
    return 'phone';
  }
  if (DIGITS_ONLY.test(said)) {
    return 'digits';
  }
  return NO_WORD.test(said) ? 'symbols' : undefined;
}

/**
 * The hint of a description question (the facts, an object, a place, a vehicle) when the
 * answer cannot be one; `key` names its template, which may use `{{unlikely}}`.
 */
export function describeDoubt(key: string, accept: readonly Unlikely[] = []):
(text: string) => string | undefined {
  return (text) => {
    const unlikely = unlikelyDescription(text);
    return unlikely === undefined || accept.includes(unlikely) ? undefined : key;
  };
}
