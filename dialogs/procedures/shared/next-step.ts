import type { DialogTurnResult, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { getTurnServices } from '../../common/turnServices';
import { askChoice, isOneOf } from './choices';

const log = componentLogger('procedures.next_step');

export const NEXT_STEPS = ['pre_complaint', 'handoff', 'done'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export interface NextStepOptions {
  /**
   * Dialog id of the guided pré-plainte, registered beside this procedure in the main
   * dialog; without it the citizen gets the official online pré-plainte instead.
   */
  preComplaintDialogId?: string;
}

/** Every information tree ends on a concrete next step, never on a wall of text. */
export function askNextStep(
  step: WaterfallStepContext,
  content: Content,
  choiceDialogId: string,
  offers: readonly NextStep[],
): Promise<DialogTurnResult> {
  return step.prompt(choiceDialogId, askChoice(content, 'procedures/common/next_step',
    'procedures/common/labels', offers));
}

export async function takeNextStep(
  step: WaterfallStepContext,
  content: Content,
  options: NextStepOptions,
  emergency = false,
): Promise<DialogTurnResult> {
  const choice: NextStep = isOneOf(NEXT_STEPS, step.result) ? step.result : 'done';
  log.info('next_step', { choice, conversationId: step.context.activity.conversation?.id });

  if (choice === 'pre_complaint' && options.preComplaintDialogId !== undefined) {
    // found in the main dialog's set: procedures are registered side by side
    return step.replaceDialog(options.preComplaintDialogId);
  }
  if (choice === 'pre_complaint') {
    await step.context.sendActivity(content.render('procedures/common/pre_complaint_online'));
  }
  if (choice === 'handoff') {
    await getTurnServices(step.context).gate.request(step.context,
      emergency ? 'emergency' : 'user_request', emergency ? 'emergency' : 'normal');
  }
  return step.endDialog({ next: choice });
}
