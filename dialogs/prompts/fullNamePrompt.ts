import type { TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult } from '../framework';
import type { Content } from '../../content/renderer';
import { ParsedTextPrompt } from './parsedTextPrompt';
import { parsePersonName } from './text';

/** Asked after a single word: the other half of the name (the template names the case). */
export const FIRST_HALF_ERROR = 'prompts/errors.name_other_half';

/** Set in the turn that asked for the other half: botbuilder recognises twice per turn. */
const ASKED_THIS_TURN = Symbol('fullName.askedThisTurn');

function heldHalf(state: object): string | undefined {
  return 'half' in state && typeof state.half === 'string' ? state.half : undefined;
}

/**
 * "Nom et prénom" answered with one word ("Martin"): the other half is asked once, then
 * both are kept together. A second single word that repeats the first is taken as it is
 * (a single legal name, or someone who will not say more); a full answer replaces it.
 */
export class FullNamePrompt extends ParsedTextPrompt<string> {
  constructor(dialogId: string, content: Content) {
    super(dialogId, parsePersonName, content);
  }

  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    const result = await super.onRecognize(context, state, options);
    if (!result.succeeded || result.value === undefined || result.value.includes(' ')) {
      return result;
    }

    const half = heldHalf(state);
    if (half === undefined || context.turnState.get(ASKED_THIS_TURN) === true) {
      Object.assign(state, { half: result.value, error: FIRST_HALF_ERROR });
      context.turnState.set(ASKED_THIS_TURN, true);
      return { succeeded: false };
    }
    const same = half.localeCompare(result.value, 'fr', { sensitivity: 'base' }) === 0;
    return { succeeded: true, value: same ? half : `${half} ${result.value}` };
  }
}
