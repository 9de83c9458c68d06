import type { PromptOptions } from '../../framework';
import type { Content, TemplateData } from '../../../content/renderer';
import type { ChoiceOption } from '../../prompts/choice';
import { choiceOptions } from '../../prompts/choicePrompt';

/**
 * The options of a closed question: `value` is our id; the button label and its synonyms
 * come from `<labels>.<value>` and `<labels>.<value>_synonyms` ("a|b|c") in content/fr.
 */
export function labelledOptions<V extends string>(
  content: Content,
  labels: string,
  values: readonly V[],
): ChoiceOption<V>[] {
  return values.map((value) => {
    const synonymsKey = `${labels}.${value}_synonyms`;
    const synonyms = content.has(synonymsKey)
      ? content.render(synonymsKey).split('|').map((word) => word.trim())
      : [];
    return { value, label: content.render(`${labels}.${value}`), synonyms };
  });
}

/** Prompt options for dialogs/prompts' ChoiceTextPrompt, texts from our templates. */
export function askChoice(
  content: Content,
  promptKey: string,
  labels: string,
  values: readonly string[],
  data: TemplateData = {},
): PromptOptions {
  return choiceOptions(content.render(promptKey, data), labelledOptions(content, labels, values));
}

export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === 'string' && values.some((known) => known === value);
}
