import type { Content } from '../../../content/renderer';
import type { PromptOptions } from '../../framework';
import { ChoiceOption, parseChoice } from '../../prompts/choice';
import { parsed } from '../../prompts/parsed';
import { ParsedTextPrompt } from '../../prompts/parsedTextPrompt';
import { hedged } from '../../prompts/yesNo';

function isChoiceOption(value: unknown): value is ChoiceOption<string> {
  return typeof value === 'object' && value !== null && 'value' in value &&
    'label' in value && typeof value.value === 'string' && typeof value.label === 'string';
}

function optionsOf(prompt: PromptOptions): ChoiceOption<string>[] {
  const list: unknown = prompt.validations;
  return Array.isArray(list) ? list.filter(isChoiceOption) : [];
}

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
