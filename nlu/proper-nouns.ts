import { normalize } from './normalize';

/**
 * Names the citizen capitalised inside a sentence ("un stage dans la Drôme", "à Saint-Lô"):
 * places and people, that the typo corrector must not turn into topic words ("drone").
 * The first word of a sentence is capitalised by habit, and a word in capitals is shouting
 * or an acronym: neither says "name".
 */

const SENTENCE_END = /[.!?;:\n]+/;
const TOKEN = /[\p{L}\p{M}'’-]+/gu;
const CAPITALISED = /^\p{Lu}.*\p{Ll}/u;

/** Normalised words of the names found in `raw` (a message as typed). */
export function properNouns(raw: string): Set<string> {
  const names = new Set<string>();
  for (const sentence of raw.split(SENTENCE_END)) {
    const tokens = sentence.match(TOKEN) ?? [];
    for (const token of tokens.slice(1)) {
      // "d'Ardèche" is "de ardeche": the name is after the elision
      const name = token.split(/['’]/).pop() ?? '';
      if (CAPITALISED.test(name)) {
        normalize(name).split(' ').forEach((word) => word !== '' && names.add(word));
      }
    }
  }
  return names;
}
