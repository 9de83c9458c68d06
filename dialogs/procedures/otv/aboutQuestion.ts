import { normalize } from '../../../nlu/normalize';

/** How a question on what something is or how it works starts or ends, once normalised. */
const WHAT = /\b(?:quoi|que est ce que|en quoi|comment ca (?:marche|se passe|fonctionne))\b/;

/** What the OTV is about, named in the question. */
const OTV_WORDS = new RegExp('\\b(?:surveill\\w*|otv|operation tranquillite|' +
  'tranquillite vacances|patrouilles?|passages?|vous passez)\\b');

/** A longer message is an answer that happens to mention watching, not a question. */
const MAX_WORDS = 14;

/**
 * "c'est quoi exactement que vous surveillez ?" asked in the middle of the OTV: a question
 * on the OTV itself, which the model reads as one on the service (a tester's F4); the
 * OTV's own explanation answers it, then the pending question comes back. Only a question
 * asking what or how: "pouvez-vous surveiller aussi le garage ?" is an answer.
 */
export function asksWhatTheOtvIs(text: string | undefined): boolean {
  const words = normalize(text ?? '');
  const count = words.split(' ').filter((word) => word !== '').length;
  return count > 0 && count <= MAX_WORDS && WHAT.test(words) && OTV_WORDS.test(words);
}
