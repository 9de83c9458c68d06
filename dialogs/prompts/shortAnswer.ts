import { foldWords } from './normalize';
import { Parsed, failed } from './parsed';
import { parseFreeText } from './text';

/**
 * Bare replies that answer no short question (a street, a company, a vehicle): a tester's
 * "non" was stored as the vehicle's description. Whole answers only: "Non-Stop Taxis" or
 * "rue du Oui" pass.
 */
const NO_ANSWER = new RegExp('^(non|nan|no|oui|ouais|yes|ok|okay|rien|aucun|aucune|jsp|' +
  'je sais pas|sais pas|euh+|voila|bof|aucune idee|ras)$');

/** A short free-text answer (2 to 300 characters) that says something. */
export function parseShortAnswer(text: string): Parsed<string> {
  if (NO_ANSWER.test(foldWords(text))) {
    return failed('prompts/errors.short_no_answer');
  }
  return parseFreeText(text, { min: 2, max: 300 });
}
