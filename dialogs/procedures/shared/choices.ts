import { MessageFactory } from 'botbuilder';
import { Choice, ListStyle, PromptOptions } from 'botbuilder-dialogs';
import type { Content, TemplateData } from '../../../content/renderer';

/**
 * A choice the citizen can click or type: `value` is our id, the label and its synonyms
 * come from `<labels>.<value>` and `<labels>.<value>_synonyms` ("a|b|c") in content/fr.
 */
export function choice(content: Content, labels: string, value: string): Choice {
  const title = content.render(`${labels}.${value}`);
  const synonymsKey = `${labels}.${value}_synonyms`;
  const synonyms = content.has(synonymsKey)
    ? content.render(synonymsKey).split('|').map((word) => word.trim())
    : [];
  return {
    value,
    action: { type: 'imBack', title, value: title },
    synonyms: [title, ...synonyms],
  };
}

export function choiceOptions(
  content: Content,
  promptKey: string,
  labels: string,
  values: readonly string[],
  data: TemplateData = {},
): PromptOptions {
  const choices = values.map((value) => choice(content, labels, value));
  return {
    prompt: MessageFactory.text(content.render(promptKey, data)),
    retryPrompt: MessageFactory.text(content.render('procedures/common/pick_one', data)),
    choices,
    style: ListStyle.suggestedAction,
  };
}

export const YES_NO = ['yes', 'no'] as const;

export function yesNoOptions(content: Content, promptKey: string, data: TemplateData = {}) {
  return choiceOptions(content, promptKey, 'procedures/common/labels', YES_NO, data);
}
