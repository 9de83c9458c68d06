import type { Content } from '../../../content/renderer';
import { parseChoice } from '../../prompts/choice';
import { optionsOf } from '../../prompts/choicePrompt';
import { parsed } from '../../prompts/parsed';
import { ParsedTextPrompt } from '../../prompts/parsedTextPrompt';
import { hedged } from '../../prompts/yesNo';

/**
 * "Êtes-vous en sécurité ?": only a clear "safe" goes on; anything else ("bof", "il rôde
 * encore dans le coin", a reply read two ways) is "unsafe", because asking a frightened
 * victim to rephrase loses the question made to catch danger (tester12's F9).
 */
export class SafetyPrompt extends ParsedTextPrompt<string> {
  constructor(dialogId: string, content: Content) {
    super(dialogId, (text, _activity, prompt) => {
      const answer = parseChoice(text, optionsOf(prompt));
      const safe = answer.ok && answer.value === 'safe' && !hedged(text);
      return parsed(safe ? 'safe' : 'unsafe');
    }, content);
  }
}
