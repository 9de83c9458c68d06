import { Parsed, failed, parsed } from './parsed';

export interface TextLimits {
  min: number;
  max: number;
}

/** Free text within limits, trimmed; the citizen's own words are kept as typed. */
export function parseFreeText(text: string, limits: TextLimits): Parsed<string> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length < limits.min) {
    return failed('prompts/errors.text_too_short');
  }
  if (trimmed.length > limits.max) {
    return failed('prompts/errors.text_too_long');
  }
  return parsed(trimmed);
}

/**
 * A person's name: letters (accents included), spaces, hyphens and apostrophes, as in
 * "Le Guen", "N'Diaye", "Marie-Thérèse"; no digits.
 */
export function parsePersonName(text: string): Parsed<string> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0 || trimmed.length > 80) {
    return failed('prompts/errors.name_format');
  }
  if (!/^\p{L}[\p{L}\p{M}' ’.-]*$/u.test(trimmed)) {
    return failed('prompts/errors.name_format');
  }
  return parsed(trimmed);
}
