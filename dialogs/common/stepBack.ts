import {
  DialogContext, DialogReason, DialogTurnResult, WaterfallDialog,
} from '../framework';

/**
 * A dialog asking several questions of its own (e.g. a commune, then which one) that can
 * go back inside itself. Undefined: it is at its first question, the host goes back.
 */
export interface StepsBack {
  stepBack(dc: DialogContext): Promise<DialogTurnResult | undefined>;
}

function isStepsBack(dialog: unknown): dialog is StepsBack {
  return typeof dialog === 'object' && dialog !== null && 'stepBack' in dialog &&
    typeof dialog.stepBack === 'function';
}

/** Lets the active dialog of `dc` go back inside itself, if it can. */
export async function stepBackInside(dc: DialogContext): Promise<DialogTurnResult | undefined> {
  const active = dc.activeDialog;
  const dialog = active === undefined ? undefined : dc.findDialog(active.id);
  return isStepsBack(dialog) ? dialog.stepBack(dc) : undefined;
}

/**
 * Asks the previous question of the innermost waterfall of `dc` again (the first one if
 * there is none before); undefined when `dc` runs no waterfall. Botbuilder has no "back":
 * the waterfall's step index is moved, and the step re-run overwrites its answer.
 */
export async function stepBackInWaterfall(
  dc: DialogContext,
): Promise<DialogTurnResult | undefined> {
  const stack = dc.stack;
  let index = stack.length - 1;
  while (index >= 0 && !(dc.findDialog(stack[index].id) instanceof WaterfallDialog)) {
    index -= 1;
  }
  const waterfall = index >= 0 ? dc.findDialog(stack[index].id) : undefined;
  if (!(waterfall instanceof WaterfallDialog)) {
    return undefined;
  }

  // drop the current question; prompts keep nothing worth ending properly
  stack.splice(index + 1);
  const state: { stepIndex?: number } = stack[index].state;
  state.stepIndex = Math.max((state.stepIndex ?? 0) - 2, -1);
  return waterfall.resumeDialog(dc, DialogReason.nextCalled);
}
