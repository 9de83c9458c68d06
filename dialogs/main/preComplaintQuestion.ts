import type { Understanding } from '../../nlu/types';

/** The pré-plainte named, however it is spelt once normalised ("pré-plainte", "preplainte"). */
const NAMES_IT = /\bpre ?plaintes?\b/;

/** How a question about a procedure is asked: what it is, how it works, whether it counts. */
export const ASKS_ABOUT = new RegExp('\\b(?:ce est quoi|que est ce|quoi ce est|comment (?:ca )?'
  + '(?:marche|fonctionne|se passe)|(?:marche|fonctionne) comment|a quoi (?:ca )?sert|'
  + 'sert a quoi|valable|valide|legal|legale|officiel|officielle|vaut|suffit|suffisant|'
  + 'difference|definition|expliquer|expliquez|explique|ca existe)\\b');

/**
 * A wish to make one ("je veux faire une pré-plainte, c'est valable ?"): the procedure
 * starts, whatever question words come with it.
 */
const WANTS_ONE = new RegExp('\\b(?:je|on|j) (?:veux|voudrais|voudrai|souhaite|'
  + 'souhaiterais|aimerais|vais|dois|commence|fais)\\b|\\b(?:faire|deposer|remplir|'
  + 'commencer|demarrer) (?:une|ma|la) pre ?plainte\\b');

/**
 * A question about the pré-plainte ("c'est quoi une pré-plainte ?", "la pré plainte c'est
 * valable ?"): it gets the explanation and a button to start, not ten questions at once.
 */
export function asksAboutPreComplaint(understanding: Understanding): boolean {
  const said = understanding.normalized;
  return NAMES_IT.test(said) && ASKS_ABOUT.test(said) && !WANTS_ONE.test(said);
}
