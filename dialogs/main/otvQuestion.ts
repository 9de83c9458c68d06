import type { Understanding } from '../../nlu/types';
import { ASKS_ABOUT } from './preComplaintQuestion';

/** The OTV named, as an acronym or in full, once normalised ("l'OTV" is "le otv"). */
const NAMES_IT = /\b(?:otv|operation tranquillite(?: vacances?)?|tranquillite vacances?)\b/;

/** Who it is for: a question too ("c'est gratuit ?" has its own answer: keywordAnswers). */
const ASKS_MORE = /\b(?:pour qui|qui peut|combien de temps)\b/;

/**
 * A wish to be registered ("je voudrais m'inscrire à l'OTV, c'est gratuit ?", "comment
 * s'inscrire à l'OTV"): the form starts, whatever question words come with it.
 */
const WANTS_ONE = new RegExp('\\b(?:je|on|j) (?:veux|voudrais|voudrai|souhaite|'
  + 'souhaiterais|aimerais|vais|dois|pars|part)\\b|\\b(?:inscri\\w*|inscription|'
  + 'demande|demander|remplir|faire)\\b');

/**
 * A question about the OTV ("c'est quoi l'OTV ?", "l'opération tranquillité vacances ça
 * marche comment ?"): it gets the explanation and a button to register, not the form's
 * first question (tester14 F7).
 */
export function asksAboutOtv(understanding: Understanding): boolean {
  const said = understanding.normalized;
  return NAMES_IT.test(said) && (ASKS_ABOUT.test(said) || ASKS_MORE.test(said))
    && !WANTS_ONE.test(said);
}
