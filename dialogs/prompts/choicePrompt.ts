import type { DialogInstance, PromptOptions } from '../framework';
import type { Content } from '../../content/renderer';
import { ChoiceOption, parseChoice } from './choice';
import { isQuestionAboutChoices } from './choiceQuestion';
import { foldWords } from './normalize';
import { failed, parsed } from './parsed';
import { ParsedTextPrompt } from './parsedTextPrompt';

function isChoiceOption(value: unknown): value is ChoiceOption<string> {
  return typeof value === 'object' && value !== null && 'value' in value &&
    'label' in value && typeof value.value === 'string' && typeof value.label === 'string';
}

/** The choices a prompt was given, read back from its options (they survive a restart). */
export function optionsOf(prompt: PromptOptions): ChoiceOption<string>[] {
  const list: unknown = prompt.validations;
  return Array.isArray(list) ? list.filter(isChoiceOption) : [];
}

function saysAnOption(text: string, options: readonly ChoiceOption<string>[]): boolean {
  const said = foldWords(text);
  return options.some((option) => [option.label, ...(option.synonyms ?? [])]
    .some((phrase) => foldWords(phrase) === said));
}

/**
 * The options of the closed question a prompt instance is asking (its state holds the
 * prompt options, as botbuilder's Prompt keeps them); empty for any other dialog.
 */
export function askedChoices(instance: DialogInstance | undefined): ChoiceOption<string>[] {
  const state: unknown = instance?.state;
  if (typeof state !== 'object' || state === null || !('options' in state)) {
    return [];
  }
  const options: unknown = state.options;
  return typeof options === 'object' && options !== null && 'validations' in options &&
    Array.isArray(options.validations) ? options.validations.filter(isChoiceOption) : [];
}

/** Options of a closed question: the buttons, and the options the answer is matched to. */
export function choiceOptions(
  prompt: string,
  options: readonly ChoiceOption<string>[],
): PromptOptions {
  return { prompt, choices: options.map((option) => option.label), validations: options };
}

/** The no-preference option of a question (« Peu importe » at the call-back time). */
const ANY = 'any';

/**
 * "bof je sais pas trop, c'est quoi le mieux ?" where « Peu importe » is offered: no
 * preference, which that option says (tester13's F13).
 */
const NO_PREFERENCE = new RegExp('\\b(?:je (?:ne )?sais pas|jsp|sais pas|chais pas|' +
  'c est quoi le mieux|qu est ce qui est le mieux|quel est le mieux|lequel est le mieux|' +
  'ce qui vous arrange|comme vous voulez|comme vous preferez|pas de preference|' +
  'aucune preference|ca m est egal|egal|indifferent)\\b');

export function saysNoPreference(text: string, options: readonly ChoiceOption<string>[]): boolean {
  return options.some((option) => option.value === ANY) && NO_PREFERENCE.test(foldWords(text));
}

/**
 * One prompt for every closed question: the options travel with the question (see
 * choiceOptions) so the prompt is declared once and reused. Ends with the chosen value.
 */
export class ChoiceTextPrompt extends ParsedTextPrompt<string> {
  constructor(dialogId: string, content: Content) {
    super(dialogId, (text, _activity, prompt) => {
      const options = optionsOf(prompt);
      if (options.length === 0) {
        return failed('prompts/errors.choice_unknown');
      }
      if (saysNoPreference(text, options)) {
        return parsed(ANY);
      }
      // a question names options without choosing one: nothing is picked for the citizen,
      // unless the question is an option itself (« Comment porter plainte ? »)
      return isQuestionAboutChoices(text) && !saysAnOption(text, options)
        ? failed('prompts/errors.choice_question') : parseChoice(text, options);
    }, content);
  }
}
