import type { Commune, PostcodeDirectory } from '../../geo/types';
import { foldWords } from './normalize';
import { looksLikeEmail, looksLikePhoneNumber } from './offAnswers';
import { Parsed, failed, parsed } from './parsed';
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

/** A home address, and its commune when the answer named it ("… 21000 Dijon"). */
export interface HomeAddress {
  street: string;
  commune?: Commune;
}

/** "12 rue des Lilas 21000 Dijon", "12 rue des Lilas, 21000 DIJON": street, postcode, town. */
const WITH_TOWN = /^(.*?\S)[,\s]+(\d{5})[,\s]+(\p{L}[\p{L}\s'’-]*?)[.\s]*$/u;

/**
 * The street part of a home address, and the commune when the postcode and town that end
 * the answer name exactly one: « Dans quelle commune ? » is then not asked (tester13's
 * F13). A postcode the directory does not know, or a town it does not serve, is left in
 * the street and the commune is asked as before.
 */
export function parseHomeAddress(text: string, directory: PostcodeDirectory):
Parsed<HomeAddress> {
  const answer = parseStreetAddress(text);
  if (!answer.ok) {
    return answer;
  }
  const match = WITH_TOWN.exec(answer.value);
  if (match === null) {
    return parsed({ street: answer.value });
  }
  const [, street, postcode, town] = match;
  const named = directory.byPostcode(postcode)
    .filter((commune) => foldWords(commune.name) === foldWords(town));
  return named.length === 1 && street.length >= 2
    ? parsed({ street, commune: named[0] }) : parsed({ street: answer.value });
}
