import {
  ComponentDialog,
  DialogTurnResult,
  TextPrompt,
  WaterfallDialog,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
import { InterruptibleDialog } from '../../dialogs/common/interruptibleDialog';
import type { Procedure } from '../../dialogs/types';

/** Test-only questions: real procedures take theirs from content/fr/. */
export const QUESTION_WHAT = 'Q1 : que vous est-il arrivé ?';
export const QUESTION_WHEN = 'Q2 : quand ?';
export const DONE = 'Démarche terminée.';

const PROMPT = 'prompt';

function steps(id: string): WaterfallDialog {
  return new WaterfallDialog(`${id}.steps`, [
    async (step: WaterfallStepContext): Promise<DialogTurnResult> =>
      step.prompt(PROMPT, QUESTION_WHAT),
    async (step: WaterfallStepContext): Promise<DialogTurnResult> =>
      step.prompt(PROMPT, QUESTION_WHEN),
    async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      await step.context.sendActivity(DONE);
      return step.endDialog();
    },
  ]);
}

/** A two-question procedure built on the shared interruptible base class. */
class InterruptibleProcedure extends InterruptibleDialog {
  constructor(id: string) {
    super(id);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(steps(id));
    this.initialDialogId = `${id}.steps`;
  }
}

/** The same procedure, written without the base class. */
class PlainProcedure extends ComponentDialog {
  constructor(id: string) {
    super(id);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(steps(id));
    this.initialDialogId = `${id}.steps`;
  }
}

/** A procedure whose second step breaks, as a bug would. */
class FailingProcedure extends ComponentDialog {
  constructor() {
    super('failingProcedure');
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog('failingProcedure.steps', [
      async (step: WaterfallStepContext): Promise<DialogTurnResult> =>
        step.prompt(PROMPT, QUESTION_WHAT),
      async (): Promise<DialogTurnResult> => {
        throw new Error('bug in a step');
      },
    ]));
    this.initialDialogId = 'failingProcedure.steps';
  }
}

export function failingProcedure(topics: string[]): Procedure {
  return { topics, dialog: new FailingProcedure() };
}

export function interruptibleProcedure(topics: string[], id = 'testProcedure'): Procedure {
  return { topics, dialog: new InterruptibleProcedure(id) };
}

export function plainProcedure(topics: string[], id = 'plainProcedure'): Procedure {
  return { topics, dialog: new PlainProcedure(id) };
}
