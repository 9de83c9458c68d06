import { looksLikeEmail, looksLikePhoneNumber } from './offAnswers';
import { Parsed, failed } from './parsed';
import { parseShortAnswer } from './shortAnswer';

/**
 * The street part of a home address ("3 rue de la Paix", "lieu-dit Kerbras", "BP 12"). A
 * phone number or an e-mail typed here is refused with a word saying it comes next, and
 * a lone "oui" / "non" with what the question expects.
 */
export function parseStreetAddress(text: string): Parsed<string> {
  if (looksLikePhoneNumber(text)) {
    return failed('prompts/errors.street_phone');
  }
  if (looksLikeEmail(text)) {
    return failed('prompts/errors.street_email');
  }
  const answer = parseShortAnswer(text);
  return answer.ok || answer.error !== 'prompts/errors.short_no_answer' ? answer
    : failed('prompts/errors.street_expected');
}
