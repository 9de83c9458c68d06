import type { TopicResult } from './classifier';
import { withoutGreetingWords } from './greeting-first';
import { words } from './normalize';

/**
 * A question written as a letter ("BONJOUR. MA MUTUELLE NE ME REMBOURSE PAS MES LUNETTES.
 * À QUI DOIS-JE M'ADRESSER ? MERCI. LUCIENNE"): elderly writers close with thanks and sign,
 * and the thanks outvoted the question (a fresh set, blind84). When the thanks win, the
 * question between the greeting and the closing is read alone (when it asks something), and
 * its topic is kept, `none` included (an out-of-scope question is not a thank-you); more small
 * talk, or thanks for something ("merci pour vos réponses", "merci à vos collègues"), keep
 * the thanks.
 */
const CLOSING = new Set(['merci', 'mercii', 'mci', 'cordialement', 'salutations',
  'remerciements']);

const INTENSIFIERS = new Set(['beaucoup', 'bien', 'infiniment', 'encore', 'mille', 'fois',
  'enormement', 'vraiment', 'bcp']);

/** At most this many words after the closing: "merci d avance mme colin 84 ans". */
const SIGNATURE_WORDS = 6;

/** Fewer words than this in the question is no question of its own. */
const MIN_WORDS = 4;

/** "merci pour vos réponses", "merci de votre aide": thanks for something, not a closing. */
function thanksFor(all: readonly string[], closing: number): boolean {
  let at = closing + 1;
  while (INTENSIFIERS.has(all[at])) {
    at += 1;
  }
  return all[at] === 'pour' || all[at] === 'a' || (all[at] === 'de' && all[at + 1] !== 'avance');
}

/** What a letter asks: "à qui dois-je m'adresser", "est-ce que", "je voudrais savoir". */
const ASKS = new RegExp('\\b(comment|pourquoi|quand|ou|qui|quel|quelle|quels|quelles|combien|' +
  'est ce que|est ce qu|puis je|dois je|doit on|peut on|pouvez vous|je voudrais|je souhaite|' +
  'je aimerais|faut il|existe t il|que faire|que dois|savoir|possible|peut il|peut elle)\\b');

export async function withoutClosingFormula(result: TopicResult, normalized: string,
  classify: (text: string) => Promise<TopicResult>): Promise<TopicResult> {
  if (result.topic !== 'smalltalk.thanks') {
    return result;
  }

  // the first closing word among the last ones: "merci d avance cordialement jean"
  const all = words(normalized);
  const from = Math.max(0, all.length - 1 - SIGNATURE_WORDS);
  const closing = all.findIndex((word, i) => i >= from && CLOSING.has(word));
  const question = withoutGreetingWords(all.slice(0, Math.max(closing, 0)).join(' '));
  if (closing < 0 || words(question).length < MIN_WORDS || thanksFor(all, closing) ||
    !ASKS.test(question)) {
    return result;
  }

  const again = await classify(question);
  return again.topic.startsWith('smalltalk.') ? result : again;
}
