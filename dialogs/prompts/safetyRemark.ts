import { foldWords } from './normalize';

/**
 * What a citizen says right after the emergency numbers about their safety or the help
 * coming ("je suis en sécurité", "c'est bon je suis chez le voisin", "les gendarmes
 * arrivent", "ok merci"): no answer to the form's question, which comes back. On foldWords()
 * text.
 */
const REMARK = new RegExp('\\b(?:securite|a l abri|ca va|va mieux|c est bon|merci|ok|okay|'
  + 'd accord|daccord|je suis chez|chez (?:le|la|ma|mon|les|des|une|un) (?:voisin|voisine|'
  + 'voisins|amie?|parents?|mere|pere|soeur|frere)|(?:il|elle|ils|elles) (?:est|sont) '
  + 'partie?s?|(?:j ai|on a|je ai|j ai deja) appele|(?:les|des) (?:gendarmes|pompiers|'
  + 'secours|policiers)|la police|le samu|(?:ils|elles) arrivent|j attends|je attends|'
  + 'rassuree?|plus de danger|tout va bien|pas de danger|oui|non|je sais pas)\\b');

/** Short words said after the numbers, about the danger and not the question. */
export function isSafetyRemark(text: string): boolean {
  return REMARK.test(foldWords(text));
}
