import {
  ComponentDialog,
  Dialog,
  DialogContext,
  DialogTurnResult,
  DialogTurnStatus,
  WaterfallDialog,
} from '../framework';
import { componentLogger } from '../../core/logger';
import { loggableTopic } from '../../core/sensitiveTopics';
import { Interruption, interruptionAtStep } from './commands';
import { stepBackInside, stepBackInWaterfall } from './stepBack';
import { getTurnServices } from './turnServices';

const log = componentLogger('dialogs.interruptions');

/**
 * A ComponentDialog in which "annuler", "retour", "aide", "recommencer", "parler à un
 * gendarme" and "confidentialité" work at every step. Procedure dialogs extend it.
 *
 * Unlike core-bot's CancelAndHelpDialog, only the innermost interruptible dialog handles a
 * command (so a procedure's own help wins over the main dialog's), and a dialog that does
 * not extend this class still gets the commands from the main dialog that hosts it.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  /** Template sent on "aide" before the current question is asked again. */
  protected helpKey(): string {
    return 'bot/procedureHelp';
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interruption = this.childHandlesInterruptions(innerDc)
      ? undefined
      : interruptionAtStep(innerDc.context.activity.text);

    if (interruption === undefined) {
      return super.onContinueDialog(innerDc);
    }

    log.info('interruption', {
      event: 'interruption',
      interruption,
      dialogId: loggableTopic(this.id),
      conversationId: innerDc.context.activity.conversation?.id,
    });
    return this.interrupt(innerDc, interruption);
  }

  /** Starts this dialog over; the main dialog restarts its running procedure instead. */
  protected async restart(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(this.initialDialogId);
  }

  /** Asks the previous question of the innermost waterfall again (the first if none before). */
  protected async back(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { content } = getTurnServices(innerDc.context);
    if (!innerDc.stack.some((instance) =>
      innerDc.findDialog(instance.id) instanceof WaterfallDialog)) {
      return this.backUnavailable(innerDc);
    }

    await innerDc.context.sendActivity(content.render('bot/back'));
    return (await stepBackInWaterfall(innerDc)) ?? Dialog.EndOfTurn;
  }

  /** For dialogs that cannot go back: say so and ask the same question again. */
  protected async backUnavailable(innerDc: DialogContext): Promise<DialogTurnResult> {
    const { content } = getTurnServices(innerDc.context);
    await innerDc.context.sendActivity(content.render('bot/backUnavailable'));
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private async interrupt(
    innerDc: DialogContext,
    interruption: Interruption,
  ): Promise<DialogTurnResult> {
    const { content, gate } = getTurnServices(innerDc.context);

    switch (interruption) {
      case 'cancel':
        await innerDc.context.sendActivity(content.render('bot/cancel'));
        // cancelParents: "annuler" ends the whole conversation flow, not only this step
        await innerDc.cancelAllDialogs(true);
        return { status: DialogTurnStatus.cancelled };
      case 'back':
        // a question inside a sub-dialog (which commune among several) goes back there first
        return (await stepBackInside(innerDc)) ?? this.back(innerDc);
      case 'restart':
        await innerDc.context.sendActivity(content.render('bot/restart'));
        return this.restart(innerDc);
      case 'handoff':
        await gate.request(innerDc.context, 'user_request', 'normal');
        return Dialog.EndOfTurn;
      case 'help':
        await innerDc.context.sendActivity(content.render(this.helpKey()));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      case 'privacy':
        await innerDc.context.sendActivity(content.render('bot/privacy',
          { conversation: innerDc.context.activity.conversation?.id ?? '' }));
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
    }
  }

  /** True when the running child is itself interruptible: the innermost one decides. */
  private childHandlesInterruptions(innerDc: DialogContext): boolean {
    const active = innerDc.activeDialog;
    return active !== undefined && innerDc.findDialog(active.id) instanceof InterruptibleDialog;
  }
}
