import { PROTECTED_WORDS } from './common-words';
import { PLAIN_FIRST_NAMES } from './masking-names';

/**
 * Month names and common first names say nothing of a topic, but their stems and letters
 * are those of other words: Snowball reads "mars" and "marie" as "mari", so "né le 15 mars
 * 1985" or "Marie" answered the conjugal-violence page. The topic model reads a message
 * without them (the corrector still knows them, so a typo is not turned into one).
 */

export const MONTHS: readonly string[] = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

export const NAME_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...PLAIN_FIRST_NAMES]);

/** `normalized` (see normalize()) without its month names and listed first names. */
export function withoutNameWords(normalized: string): string {
  return normalized.split(' ').filter((word) => !NAME_WORDS.has(word)).join(' ');
}

/**
 * What the topic model's corrector leaves as typed: "manon" was read as "macon", "karine" as
 * "marine" (the triage keeps its own list: its reading of a message is not changed here).
 */
export const TOPIC_PROTECTED_WORDS: ReadonlySet<string> =
  new Set([...PROTECTED_WORDS, ...NAME_WORDS]);
