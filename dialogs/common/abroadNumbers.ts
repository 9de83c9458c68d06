import type { Content } from '../../content/renderer';
import { countryNamedIn } from '../../geo/countriesAbroad';
import { normalize } from '../../nlu/normalize';

/** Out of France without saying where: "à l'étranger" (normalised "a le etranger"). */
const ABROAD = /\b(?:etranger|letranger|hors de france|pas en france)\b/;

/**
 * A number to call asked for, or the French one said not to work: "quel numéro appeler en
 * urgence", "le 17 marche pas ici", "le 112 fonctionne à l'étranger ?", "le 112 répond ?".
 */
const NUMBER_ASKED = new RegExp([
  '\\b(?:numeros?|num|appeler|composer|joindre|contacter)\\b.*'
    + '\\b(?:urgences?|secours|police|pompiers|ambulance|samu|gendarmerie)\\b',
  '\\b(?:urgences?|secours|police|pompiers|ambulance|samu)\\b.*'
    + '\\b(?:numeros?|appeler|composer|joindre)\\b',
  '\\bquels? numeros?\\b',
  '\\b(?:17|112|15|18)\\b (?:ne )?(?:marche|marchent|fonctionne|fonctionnent|passe|passent|'
    + 'repond|repondent)\\b',
  '\\b(?:marche|fonctionne|passe) pas\\b.{0,12}\\b(?:17|112|15|18)\\b',
].join('|'));

/**
 * Emergency numbers asked for abroad (tester F1b): "jsuis au maroc le 17 marche pas ici"
 * got the French list, whose 112 does not answer in Morocco, and "quel numéro appeler en
 * urgence aux états-unis ?" the presentation of this service.
 */
export function asksForNumbersAbroad(words: string): boolean {
  // the number asked first: most messages ask none, and the country scan is the longer one
  return NUMBER_ASKED.test(words)
    && (ABROAD.test(words) || countryNamedIn(words) !== undefined);
}

/** The country's own numbers when it is known, then the consulate, crisis centre, Ariane. */
export function abroadNumbersAnswer(content: Content, text: string): string {
  const country = countryNamedIn(normalize(text));
  let line = '';
  if (country?.eu === true) {
    line = content.render('abroad/countries.eu',
      { name: content.render(`abroad/eu.${country.key}`) });
  } else if (country !== undefined) {
    line = content.render(`abroad/countries.${country.key}`);
  }
  return content.render('answers/abroadNumbers', { country: line });
}
