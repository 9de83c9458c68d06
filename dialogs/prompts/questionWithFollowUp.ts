import {
  ComponentDialog, DialogContext, DialogTurnResult, WaterfallStepContext,
} from '../framework';
import type { Content } from '../../content/renderer';
import type { StepsBack } from '../common/stepBack';
import { stepBackInWaterfall } from '../common/stepBack';

/** What a question dialog is begun with: its question, already rendered. */
export interface QuestionOptions {
  prompt: string;
}

export function isQuestionOptions(value: unknown): value is QuestionOptions {
  return typeof value === 'object' && value !== null && 'prompt' in value &&
    typeof value.prompt === 'string';
}

/**
 * A question whose answer may need a second one ("which day?", "which commune?"). Both are
 * prompts of this dialog; "retour" at the second goes back to the first.
 */
export abstract class QuestionWithFollowUp extends ComponentDialog implements StepsBack {
  protected readonly askId: string;
  protected readonly followUpId: string;

  protected constructor(dialogId: string, followUp: string, protected readonly content: Content) {
    super(dialogId);
    this.askId = `${dialogId}.ask`;
    this.followUpId = `${dialogId}.${followUp}`;
  }

  /** Going back from the second question is going back to the first. */
  async stepBack(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const inner = dc.child;
    if (inner?.activeDialog?.id !== this.followUpId) {
      return undefined;
    }
    await dc.context.sendActivity(this.content.render('bot/back'));
    return stepBackInWaterfall(inner);
  }

  /** Asks the question the dialog was begun with. */
  protected async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const prompt = isQuestionOptions(step.options) ? step.options.prompt : '';
    return step.prompt(this.askId, { prompt });
  }
}
