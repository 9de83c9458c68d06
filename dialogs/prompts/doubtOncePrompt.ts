import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult } from '../framework';
import type { Content } from '../../content/renderer';
import { ParsedTextPrompt, TextParser } from './parsedTextPrompt';
import { visibleText } from './visibleText';
import { askedBefore } from './attempts';

/** The template key of a hint when an answer is unlikely for the question, else undefined. */
export type Doubt = (text: string) => string | undefined;

/**
 * A free-text question whose answer passed its parser but is unlikely (an e-mail address
 * alone as the account of the facts): asked again once with a hint, then taken as given,
 * since a citizen must never be blocked by a guess of ours.
 */
export class DoubtOncePrompt<V> extends ParsedTextPrompt<V> {
  constructor(
    dialogId: string,
    parse: TextParser<V>,
    private readonly doubt: Doubt,
    content: Content,
  ) {
    super(dialogId, parse, content);
  }

  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<V>> {
    const result = await super.onRecognize(context, state, options);
    const hint = result.succeeded ? this.doubt(visibleText(context.activity.text ?? ''))
      : undefined;
    if (hint === undefined || askedBefore(state)) {
      return result;
    }
    Object.assign(state, { error: hint });
    return { succeeded: false };
  }
}
