import type { Commune } from '../../geo/types';
import { foldWords } from './normalize';

/** "…, 69003 Lyon", "… 69003", "… 69003 Lyon 3e": a postcode then at most the town. */
const POSTCODE_AT_END = /[,\s]*\b\d{5}\b\D*(?:\b\d{1,2}\D*)?$/;

const MAX_PLACE = 300;

/** Words that lead to a commune without naming a place: "j'habite à", "c'est dans le". */
const LEAD_WORDS = new Set(['je', 'j', 'habite', 'suis', 'c', 'est', 'etait', 'ca', 'a', 'au',
  'aux', 'en', 'dans', 'sur', 'la', 'le', 'les', 'l', 'ville', 'commune', 'de', 'du', 'pres',
  'code', 'postal', 'cp', 'vers', 'chez', 'moi', 'nous', 'on', 'habitons', 'vis', 'vit']);

/**
 * What an address says before its postcode ("12 rue Garibaldi, 69003 Lyon", "Gare de la
 * Part-Dieu 69003 Lyon"): the street or the place, which a commune question also got.
 * Undefined when nothing but the commune is before it ("Lyon 69003").
 */
export function placeBeforePostcode(text: string, commune: Commune): string | undefined {
  const said = text.trim();
  const match = POSTCODE_AT_END.exec(said);
  if (match === null || match.index === 0) {
    return undefined;
  }
  const place = said.slice(0, match.index).replace(/[,;\s]+$/, '').trim();
  const folded = foldWords(place);
  const name = foldWords(commune.name);
  const words = folded.split(' ').filter((word) => word !== '');
  if (!/\p{L}{2}/u.test(place) || name.startsWith(folded)
    || words.every((word) => LEAD_WORDS.has(word))) {
    return undefined;
  }
  return place.slice(0, MAX_PLACE);
}
