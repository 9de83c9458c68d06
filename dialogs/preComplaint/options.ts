import type { PromptOptions } from '../framework';
import type { Content, TemplateData } from '../../content/renderer';
import type { ChoiceOption } from '../prompts/choice';
import { choiceOptions } from '../prompts/choicePrompt';

const LABELS = 'preComplaint/labels';

/** Button label and synonyms ("a|b|c") of `<prefix>_<value>` in preComplaint/labels.json. */
export function labelled<V extends string>(
  content: Content,
  prefix: string,
  values: readonly V[],
): ChoiceOption<V>[] {
  return values.map((value) => {
    const key = `${LABELS}.${prefix}_${value}`;
    const synonyms = content.has(`${key}_synonyms`)
      ? content.render(`${key}_synonyms`).split('|')
      : [];
    return { value, label: content.render(key), synonyms };
  });
}

export function label(content: Content, name: string, data: TemplateData = {}): string {
  return content.render(`${LABELS}.${name}`, data);
}

/** A closed question of the pré-plainte: its text from ask/, its buttons from labels. */
export function askChoice(
  content: Content,
  question: string,
  prefix: string,
  values: readonly string[],
): PromptOptions {
  return choiceOptions(content.render(`preComplaint/ask/${question}`),
    labelled(content, prefix, values));
}

export function ask(content: Content, question: string, data: TemplateData = {}): PromptOptions {
  return { prompt: content.render(`preComplaint/ask/${question}`, data) };
}

export function askYesNo(content: Content, question: string, data: TemplateData = {}):
PromptOptions {
  return {
    prompt: content.render(`preComplaint/ask/${question}`, data),
    choices: [label(content, 'yes'), label(content, 'no')],
  };
}
