import type { StatePropertyAccessor } from 'botbuilder';
import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { ChoiceTextPrompt } from '../../prompts/choicePrompt';
import { askChoice, isOneOf } from '../shared/choices';
import { getTurnServices } from '../../common/turnServices';
import { NextStepOptions, takeNextStep } from '../shared/next-step';
import { startTopic } from '../shared/outcome';
import { ProcedureDialog } from '../shared/procedure-dialog';
import { recall, remember } from '../shared/values';
import { SafetyPrompt } from './safetyPrompt';

export const VIOLENCE_DIALOG = 'procedure.violence';

export const VIOLENCE_TOPICS = [
  'faq.domestic_violence', 'faq.sexual_violence', 'faq.harassment', 'faq.child_in_danger',
] as const;
type ViolenceTopic = (typeof VIOLENCE_TOPICS)[number];

const SITUATIONS = ['domestic', 'sexual', 'harassment', 'child'] as const;

const CHOICE = `${VIOLENCE_DIALOG}.choice`;
/** The safety question, a danger question (Procedure.dangerQuestionsAt). */
export const VIOLENCE_SAFETY = `${VIOLENCE_DIALOG}.safety`;
const SAFETY = VIOLENCE_SAFETY;
const T = 'procedures/violence';
const log = componentLogger('procedure.violence');

export interface ViolenceDependencies extends NextStepOptions {
  content: Content;
  /**
   * Conversation flag: the quick exit is explained once per conversation. Without it, it is
   * explained each time this procedure starts.
   */
  quickExitExplained?: StatePropertyAccessor<boolean>;
}

function situationOf(topic: string | undefined): string | undefined {
  return isOneOf(VIOLENCE_TOPICS, topic)
    ? SITUATIONS[VIOLENCE_TOPICS.indexOf(topic satisfies ViolenceTopic)]
    : undefined;
}

/**
 * Help for victims of violence: danger now first (17, 112, 114 by SMS), then the listening
 * lines with their hours, how a complaint works, and the quick exit of the web page.
 * The wording stays calm and never asks for details of what happened.
 */
export class ViolenceDialog extends ProcedureDialog {
  constructor(private readonly deps: ViolenceDependencies) {
    super(VIOLENCE_DIALOG, deps.content);
    this.addDialog(new ChoiceTextPrompt(CHOICE, deps.content));
    this.addDialog(new SafetyPrompt(SAFETY, deps.content));
    this.addDialog(new WaterfallDialog(`${VIOLENCE_DIALOG}.steps`, [
      (step) => this.askSafety(step),
      (step) => this.afterSafety(step),
      (step) => this.lines(step),
      (step) => this.finish(step),
    ]));
    this.initialDialogId = `${VIOLENCE_DIALOG}.steps`;
  }

  private async askSafety(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'topic', startTopic(step));
    remember(step, 'situation', situationOf(startTopic(step)));
    await step.context.sendActivity(this.content.render(`${T}/intro`));

    if (await this.firstQuickExitMention(step)) {
      await step.context.sendActivity(this.content.render(`${T}/quick_exit`));
    }
    return step.prompt(SAFETY, askChoice(this.content, `${T}/ask_safe`, `${T}/labels`,
      ['safe', 'unsafe']));
  }

  private async afterSafety(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'unsafe') {
      remember(step, 'danger', true);
      // debug only, no id: a production line written during the turn sits next to the turn's
      // own line, which names the conversation
      log.debug('violence.not_safe');
      await step.context.sendActivity(this.content.render(`${T}/danger`));
      return this.alertGendarme(step);
    }
    if (step.result === 'misread') {
      // the help offered was not what was asked: an apology, and the question is free again
      log.debug('violence.misread');
      await step.context.sendActivity(this.content.render(`${T}/misread`));
      return step.endDialog({ next: 'done' });
    }
    const known = recall(step, 'situation');
    if (isOneOf(SITUATIONS, known)) {
      return step.next(known);
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_situation`, `${T}/labels`,
      SITUATIONS));
  }

  /**
   * A victim who is not safe (or cannot say) must not have to ask for help a second time:
   * the gendarmes' queue is joined in priority at once, and the citizen is told so.
   */
  private async alertGendarme(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(this.content.render(`${T}/alerted`));
    const topic = recall(step, 'topic');
    await getTurnServices(step.context).gate.request(step.context, 'emergency', 'emergency',
      typeof topic === 'string' ? { topic } : undefined);
    return step.endDialog({ next: 'handoff' });
  }

  private async lines(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const situation = isOneOf(SITUATIONS, step.result) ? step.result : 'domestic';
    // debug only: an info line written during the turn sits beside the turn's own line and
    // its conversation id, and the situation says what the person lives (tester16's F10)
    log.debug('violence.lines', { situation });
    await step.context.sendActivity(this.content.render(`${T}/${situation}`));
    return step.prompt(CHOICE, askChoice(this.content, 'procedures/common/next_step',
      `${T}/labels`, ['complaint', 'handoff', 'done']));
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'complaint') {
      await step.context.sendActivity(this.content.render(`${T}/complaint`));
      return step.endDialog({ next: 'done' });
    }
    return takeNextStep(step, this.content, this.deps);
  }

  private async firstQuickExitMention(step: WaterfallStepContext): Promise<boolean> {
    const flag = this.deps.quickExitExplained;
    if (!flag) {
      return true;
    }
    const explained = await flag.get(step.context, false);
    await flag.set(step.context, true);
    return !explained;
  }
}
