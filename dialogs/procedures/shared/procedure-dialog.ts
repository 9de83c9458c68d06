import {
  ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus,
} from 'botbuilder-dialogs';
import type { Content } from '../../../content/renderer';

/** Words that stop a procedure at any step, whatever the step expects. */
const CANCEL = /^\s*(annuler?|annulation|stop|arr[eê]te[rz]?|quitter|laisse[rz]? tomber)\s*[.!]*\s*$/i;

export function isCancel(text: string | undefined): boolean {
  return text !== undefined && CANCEL.test(text);
}

/**
 * Base of the guided procedures: "annuler" ends the procedure at any step with a calm
 * confirmation, so that a citizen is never trapped in a question.
 * (Stand-in until dialogs/common's interruption base class lands; same behaviour.)
 */
export abstract class ProcedureDialog extends ComponentDialog {
  protected constructor(id: string, protected readonly content: Content) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (isCancel(innerDc.context.activity.text)) {
      await innerDc.context.sendActivity(this.content.render('procedures/common/cancelled'));
      await innerDc.cancelAllDialogs();
      return { status: DialogTurnStatus.complete, result: { cancelled: true } };
    }
    return super.onContinueDialog(innerDc);
  }
}
