import { deniesFalseAlarm } from './emergencyInsisted';

/**
 * Phrases by which a citizen takes back the request itself, inside a longer sentence: "c'était
 * une fausse alerte", "laissez tomber", "en fait non". Matched on foldWords() text as whole
 * words. At a closed question they mean "stop", not one of the options (a tester's F2: "c'est
 * mon fils qui avait oublié ses clés" after "fausse alerte" picked "parent d'un mineur").
 */
const WITHDRAWALS: readonly string[] = [
  'fausse alerte', 'fausse alarme', 'laisse tomber', 'laissez tomber', 'laisser tomber',
  'en fait non', 'finalement non', 'non finalement', 'je me suis trompe', 'je me suis trompee',
  'plus besoin', 'c est plus la peine', 'ce n est plus la peine', 'n est plus necessaire',
  'oubliez', 'oubliez ca', 'je ne veux plus', 'je veux plus', 'tout va bien finalement',
];

/** "non finalement c'est bien un vol": back to an answer, nothing taken back (a tester's). */
const REAFFIRMED = / c (?:est|etait) (?:bien|quand meme|vraiment|bel et bien) /;

/** The withdrawal phrase in `words` (foldWords() text), or undefined. */
export function withdrawalIn(words: string): string | undefined {
  const padded = ` ${words} `;
  if (REAFFIRMED.test(padded) || deniesFalseAlarm(words)) {
    return undefined;
  }
  return WITHDRAWALS.find((phrase) => padded.includes(` ${phrase} `));
}
