import { foldWords } from './normalize';
import { parsePersonName } from './text';

/** Words of an access, a place or a thing, never of a person's name. */
const THING_WORDS = new Set(['portail', 'portillon', 'digicode', 'code', 'interphone', 'chien',
  'chiens', 'chat', 'etage', 'grille', 'barriere', 'batiment', 'bat', 'escalier', 'porte',
  'acces', 'cour', 'jardin', 'garage', 'rien', 'aucun', 'aucune', 'personne', 'non', 'oui']);

/**
 * "Jean Martin", "Claire Le Guen": a person's first and last names and nothing else, each
 * word capitalised as one writes a name. A single word ("Dupont") is too often something
 * else to be read so.
 */
export function isBareName(text: string): boolean {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const words = said.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word))) {
    return false;
  }
  const folded = foldWords(said).split(' ');
  return parsePersonName(said).ok && !folded.some((word) => THING_WORDS.has(word));
}
