import type { TopicResult } from './classifier';
import { words } from './normalize';

/**
 * A greeting before the real question ("Bonsoir, vous répondez la nuit ?"): the greeting's
 * words can outvote a short question's, and the citizen then got a "bonjour" back and had
 * to ask again. When the greeting wins, the rest of the message is read alone; its topic is
 * kept when it is one (not `none`, not more small talk). Whom the greeting is addressed to
 * ("bonsoir la gendarmerie", "bonjour monsieur le gendarme", "bonjour mon adjudant") is part
 * of it, not a question about the unit or about joining it.
 */
const OPENING = new RegExp('^((bonjour|bonsoir|salut|coucou|hello|bjr|slt|cc|allo|re|hey|' +
  'wsh|wesh|yo|madame|monsieur|mesdames|messieurs|excusez moi|pardon|desole|svp|' +
  's il vous plait|a vous|a tous|la gendarmerie|les gendarmes|gendarmerie|la brigade|' +
  'brigade numerique|messieurs dames|dames|et|de la gendarmerie|de la brigade|le gendarme|' +
  'la gendarme|gendarme|gendarmes|l agent|les agents|mon adjudant|mon capitaine|' +
  'mon lieutenant|mon commandant)( |$))+');

/** Fewer words than this after the greeting is no question of its own. */
const MIN_WORDS = 2;

/** The message without the greeting and the addressee it opens with. */
export function withoutGreetingWords(normalized: string): string {
  return normalized.replace(OPENING, '');
}

export async function withoutOpeningGreeting(result: TopicResult, normalized: string,
  classify: (text: string) => Promise<TopicResult>): Promise<TopicResult> {
  if (result.topic !== 'smalltalk.greeting') {
    return result;
  }

  const rest = withoutGreetingWords(normalized);
  if (rest === normalized || words(rest).length < MIN_WORDS) {
    return result;
  }

  const again = await classify(rest);
  return again.topic === 'none' || again.topic.startsWith('smalltalk.') ? result : again;
}
