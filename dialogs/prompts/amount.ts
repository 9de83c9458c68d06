import { foldWords } from './normalize';
import { Parsed, failed, parsed } from './parsed';

/** Above this an estimate is surely a typo (extra zeros) rather than a real loss. */
const MAX_EUROS = 10_000_000;

const UNKNOWN = /^(je (ne )?sais pas|(je )?sais pas|aucune idee|inconnue?|nsp|\?)$/;

/**
 * An estimated value in euros as people write it: "450", "450 €", "1 200,50 euros",
 * "environ 300", "1.200 €", "2k€". `null` means the citizen does not know, which is allowed.
 */
export function parseEuroAmount(text: string): Parsed<number | null> {
  const words = foldWords(text);
  if (UNKNOWN.test(words) || UNKNOWN.test(text.trim())) {
    return parsed(null);
  }
  const compact = text
    .toLowerCase()
    .replace(/\b(environ|a peu pr[eè]s|approximativement|vers|autour de|dans les)\b/g, '')
    .replace(/(euros?|eur|€)/g, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  const thousands = /^(\d+(?:[.,]\d+)?)k$/.exec(compact);
  const raw = thousands ? thousands[1] : compact;
  const normalised = raw.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) {
    return failed(/^-/.test(compact) ? 'prompts/errors.amount_negative'
      : 'prompts/errors.amount_format');
  }
  const value = Number(normalised) * (thousands ? 1000 : 1);
  if (value > MAX_EUROS) {
    return failed('prompts/errors.amount_too_large');
  }
  return parsed(Math.round(value * 100) / 100);
}
