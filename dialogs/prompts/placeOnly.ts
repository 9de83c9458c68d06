import { normalize } from '../../nlu/normalize';

/**
 * "ah non attendez en fait c'etait dans le bus pas le tram", typed at a question of the
 * pré-plainte, opened the sexual-violence help (tester d33): the model reads a bus, a tram or
 * a métro alone as that topic (its examples are about them, and "bus" shares letters with
 * "abus"). A message that names only places and means of transport, with fillers and
 * corrections around them, says nothing happened: it is never taken for a disclosure.
 */

const PLACES = new Set(['bus', 'autobus', 'car', 'tram', 'tramway', 'train', 'ter', 'tgv',
  'rer', 'metro', 'taxi', 'vtc', 'uber', 'navette', 'avion', 'bateau', 'ferry', 'gare',
  'arret', 'station', 'quai', 'ligne', 'parking', 'rue', 'route', 'magasin', 'supermarche',
  'centre', 'commercial', 'ville', 'place', 'parc', 'jardin', 'plage', 'cinema', 'bar',
  'restaurant', 'boite', 'ecole', 'college', 'lycee', 'travail', 'bureau', 'maison',
  'appartement', 'immeuble', 'escalier', 'ascenseur', 'hall', 'cave', 'voiture', 'velo',
  'trottoir', 'marche', 'banque', 'poste', 'pharmacie', 'hopital', 'mairie']);

/** Fillers, corrections and grammar words: what is left says what happened, if anything. */
const FILLERS = new Set(['ah', 'oh', 'euh', 'bah', 'ben', 'non', 'oui', 'pardon', 'desole',
  'desolee', 'attendez', 'attends', 'attend', 'en', 'fait', 'enfaite', 'enfait', 'finalement',
  'plutot', 'correction', 'je', 'me', 'suis', 'trompe', 'trompee', 'ce', 'etait', 'est',
  'c', 'ca', 'se', 'passe', 'pas', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du',
  'd', 'dans', 'a', 'au', 'aux', 'sur', 'devant', 'pres', 'vers', 'et', 'ou', 'mais',
  'mon', 'ma', 'mes', 'son', 'sa', 'numero', 'avant', 'apres', 'pendant', 'entre', 'sorti',
  'sortie', 'j', 'etais', 'on', 'y', 'voila', 'plus', 'bien']);

/** True when every word is a place, a means of transport or a filler (and one is a place). */
export function namesOnlyPlaces(text: string): boolean {
  const words = normalize(text).split(' ').filter((word) => word !== '' && !/^\d+$/.test(word));
  return words.some((word) => PLACES.has(word))
    && words.every((word) => PLACES.has(word) || FILLERS.has(word));
}
