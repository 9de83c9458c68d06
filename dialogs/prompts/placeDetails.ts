import { foldWords } from './normalize';
import { Parsed, failed } from './parsed';
import { parseFreeText } from './text';

/**
 * Answers to « Précisez le lieu » that describe no place, folded as foldWords() gives them:
 * the citizen closing the subject ("fini", "c'est tout"), agreeing ("ok"), or having
 * nothing to say ("rien", "jsp"). Any text passes a free-text question, so these would be
 * stored as the place the gendarme reads. Whole answers only: "rien devant la gare" or
 * "parking du OK Market" describe a place.
 */
const NOT_A_PLACE = new RegExp('^(?:' + [
  // closing the subject
  '(?:c est |j ai )?(?:fini|finis|terminee?s?)', 'c est tout', 'c est bon', 'ca y est', 'voila',
  // nothing to say
  '(?:rien|non|nan|aucun|aucune)(?: de plus| d autre)?', 'ras', 'pas de precisions?',
  'rien a (?:ajouter|dire|preciser|signaler)',
  'jsp|jsais pas|je sais pas|je ne sais pas|sais pas|chais pas|aucune idee',
  // agreeing, hesitating, testing
  'ok|okay|oki|okk+|d accord|daccord|dac|oui|ouais|ouai|yes|no',
  'euh+|hein|quoi|hmm+|bah|bof|test|lol|mdr|merci|merci beaucoup|x|xx+',
  'pareil|idem|meme chose|voir plus haut|deja dit|je l ai deja dit',
].join('|') + ')$');

/**
 * What the citizen says of the situation, not of the place: after an emergency in the
 * middle of the form a tester wrote "ok c bon il est parti", stored as the place.
 */
const ABOUT_THE_SITUATION = new RegExp('^(?:(?:ok|bon|ah|c bon|c est bon|ca va) )*(?:' +
  '(?:il|elle|ils|elles) (?:est|sont) (?:parti|partie|partis|parties|revenu|revenue|la|' +
  'encore la)|c bon|c est bon|ca va|ca va mieux|tout va bien)\\b');

/**
 * The place in the citizen's words ("devant la gare", "parking du Leclerc"), as free text
 * of 2 to 300 characters; an answer that says no place is asked again with examples.
 */
export function parsePlaceDetails(text: string): Parsed<string> {
  const meaning = foldWords(text);
  // punctuation alone ("?", "...") folds to nothing: no place either
  if (NOT_A_PLACE.test(meaning) || ABOUT_THE_SITUATION.test(meaning) ||
    (meaning === '' && text.trim() !== '')) {
    return failed('prompts/errors.place_not_a_place');
  }
  return parseFreeText(text, { min: 2, max: 300 });
}
