import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult } from '../framework';
import type { Content } from '../../content/renderer';
import { ParsedTextPrompt, TextParser } from './parsedTextPrompt';
import { askedBefore } from './attempts';

/**
 * A danger question: a reply that answers nothing ("merci", "c quoi le 3919 ?") is asked
 * again once (its question answered first when an answer exists), and a second reply that
 * still answers nothing is read as `unclear` (danger), because a frightened citizen must
 * not be asked to rephrase twice (tester12's F9, tester13's F2).
 */
export class UnclearOncePrompt<V> extends ParsedTextPrompt<V> {
  constructor(
    dialogId: string,
    parse: TextParser<V>,
    private readonly unclear: V,
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
    if (result.succeeded) {
      return result;
    }
    return askedBefore(state) ? { succeeded: true, value: this.unclear } : result;
  }
}
