import { looksLikeEmail, looksLikePhoneNumber, looksLikeStreetAddress } from './offAnswers';
import { Parsed, failed } from './parsed';
import { parseShortAnswer } from './shortAnswer';
import { parseFreeText } from './text';

/**
 * How a birthplace is introduced: "à Lyon", "je suis né à Lyon", "née en Algérie". The
 * summary says "né(e) à {{place}}": the word must not be kept ("à a lyon").
 */
const INTRODUCED = new RegExp('^(?:(?:je suis |moi je suis )?n[ée]e?s?(?: le [^,]*?)? )?' +
  '(?:à|a|en|dans|sur|au|aux|de)\\s+', 'iu');

/** "au Mans" is Le Mans, "aux Sables-d'Olonne" Les Sables-d'Olonne. */
const ARTICLE: Readonly<Record<string, string>> = { au: 'Le ', aux: 'Les ' };

/** A birthplace (town, or country abroad), in the citizen's words, without "à". */
export function parseBirthPlace(text: string): Parsed<string> {
  const said = text.trim().replace(/\s+/g, ' ');
  const offAnswer = notABirthPlace(said);
  if (offAnswer !== undefined) {
    return failed(offAnswer);
  }
  const introduced = INTRODUCED.exec(said);
  if (introduced === null) {
    return parseFreeText(said, { min: 2, max: 300 });
  }
  const word = introduced[0].trim().split(' ').pop()?.toLowerCase() ?? '';
  const place = said.slice(introduced[0].length);
  if (place.length < 2) {
    return failed('prompts/errors.text_too_short');
  }
  return parseFreeText(`${ARTICLE[word] ?? ''}${capitalised(place)}`, { min: 2, max: 300 });
}

function capitalised(place: string): string {
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/**
 * The home address is asked right after: a street typed here is refused with that word
 * (F1), and so are a phone number, an e-mail or a lone "oui" / "non".
 */
function notABirthPlace(said: string): string | undefined {
  if (looksLikeStreetAddress(said)) {
    return 'prompts/errors.birth_place_street';
  }
  const short = parseShortAnswer(said);
  const noPlace = looksLikePhoneNumber(said) || looksLikeEmail(said) ||
    (!short.ok && short.error === 'prompts/errors.short_no_answer');
  return noPlace ? 'prompts/errors.birth_place_expected' : undefined;
}
