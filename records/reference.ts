import { randomInt } from 'crypto';

/**
 * Readable on the phone: no 0/O, 1/I/L, nor U/V which are misheard; 29 symbols, 8 of
 * them give 5·10^11 references, drawn from the CSPRNG so one cannot be guessed from another.
 */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';

const BLOCK = `[${REFERENCE_ALPHABET}]{4}`;

export const REFERENCE_PATTERN = new RegExp(`^PP-${BLOCK}-${BLOCK}$`);

export type RandomIndex = (size: number) => number;

/** A fresh reference such as PP-7K4M-Q2XD. */
export function newReference(random: RandomIndex = randomInt): string {
  const pick = (): string => REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  const block = (): string => Array.from({ length: 4 }, pick).join('');
  return `PP-${block()}-${block()}`;
}

/** What a gendarme or citizen types ("pp 7k4m q2xd") in canonical form, or undefined. */
export function normalizeReference(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s\-_.]/g, '');
  const match = /^PP([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(compact);
  const reference = match ? `PP-${match[1]}-${match[2]}` : undefined;
  return reference !== undefined && REFERENCE_PATTERN.test(reference) ? reference : undefined;
}
