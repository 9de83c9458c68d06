import { normalizeCommand, parseRating } from './commands';
import { ratingInWords } from './ratingWords';

/**
 * An opinion typed at « Comment évaluez-vous cet échange, de 1 à 5 ? » instead of a
 * figure: "nul personne m'a vraiment aidé" was routed as an insult and the opinion lost
 * (tester13's F16). Negative words come first: "pas top" is no "top".
 */
const LOW = new RegExp('\\b(?:nul|nulle|null|inutile|personne (?:ne )?m a (?:vraiment )?aide|'
  + 'pas (?:vraiment )?aide|aucune aide|decu|decue|decevant|decevante|mauvais|mauvaise|'
  + 'horrible|catastrophique|lamentable|honteux|pas satisfait|pas satisfaite|pas content|'
  + 'pas contente|n importe quoi|pas (?:super|top|genial|terrible|bien))\\b');
const HIGH = new RegExp('\\b(?:super|parfait|parfaite|genial|top|excellent|tres bien|'
  + 'satisfait|satisfaite|nickel|impeccable|tres utile|au top|bravo)\\b');

/** Longer text is more likely a new request that holds one of these words. */
const MAX_WORDS = 15;

/** 1 for a clearly bad opinion, 5 for a clearly good one, undefined otherwise. */
export function opinionRating(text: string): number | undefined {
  const words = normalizeCommand(text);
  if (words === '' || words.split(' ').length > MAX_WORDS) {
    return undefined;
  }
  if (LOW.test(words)) {
    return 1;
  }
  return HIGH.test(words) ? 5 : undefined;
}

/**
 * The rating of an answer at the rating question: a figure, a figure among words ("bof 2",
 * "quatre"), else an opinion's figure.
 */
export function readRating(text: string): number | undefined {
  // an opinion in words is kept as its figure, never its text
  return parseRating(text) ?? ratingInWords(text) ?? opinionRating(text);
}

/** What the thanks say: a low rating is acknowledged, a form waiting is not offered more. */
export function thanksData(rating: number, formWaits: boolean): Record<string, boolean> {
  return { formWaits, low: rating <= 2 };
}
