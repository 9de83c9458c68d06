import type { Content } from '../../content/renderer';
import type { StolenItem } from '../../records/types';
import { foldWords } from '../prompts/normalize';

/** A means of payment, which must be blocked at once: "CB", "carte bleue", "chéquier". */
const CARD = new RegExp('\\b(?:cartes? (?:bancaires?|bleues?|bleu|de credit|de paiement|'
  + 'visa|mastercard|amex)|cb|chequiers?|carnets? de cheques?)\\b');

/** Identity papers, whose theft the pré-plainte declares: "CNI", "passeport", "permis". */
const PAPERS = new RegExp('\\b(?:cartes? (?:d )?identite|cni|passeports?|permis|'
  + 'cartes? grises?|titres? de sejour|papiers)\\b');

/**
 * What to do now for the stolen items listed (a tester's finding: a bank card and an ID
 * card were listed, and nothing was said of blocking the card or of the papers): the
 * paragraphs that apply, or undefined.
 */
export function stolenItemsAdvice(items: readonly StolenItem[], content: Content):
string | undefined {
  const said = items.map((item) => foldWords(item.description)).join(' | ');
  const paragraphs = [
    CARD.test(said) ? content.render('preComplaint/advice/stolen_card') : undefined,
    PAPERS.test(said) ? content.render('preComplaint/advice/stolen_papers') : undefined,
  ].filter((paragraph): paragraph is string => paragraph !== undefined);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}
