import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import type { DialogInstance, DialogState } from '../dialogs/framework';
import { waitsForFiles } from '../dialogs/common/attachments';
import { innerStack } from '../dialogs/common/dialogStack';
import { deniesEmergency, dismissesEmergency } from '../dialogs/prompts/falseAlarm';
import { isSafetyRemark } from '../dialogs/prompts/safetyRemark';
import { isEmergencyWaiting } from '../handoff/emergencyWaiting';
import type { HandoffGate } from '../handoff/types';
import type { RootDialogRunner } from './dialogRun';

/** What the form does with a calm message after an emergency: says why, asks again. */
export type FormResume = 'prompts/falseAlarm' | 'prompts/falseAlarmConfirm' | 'prompts/dangerOver'
  | 'prompts/resume';

/** « Voulez-vous vraiment abandonner ? » waits for its answer somewhere in the form. */
function cancelPending(state: DialogState | undefined): boolean {
  let stack: DialogInstance[] = state?.dialogStack ?? [];
  while (stack.length > 0) {
    const active = stack[stack.length - 1];
    const flags: unknown = active.state;
    if (typeof flags === 'object' && flags !== null && 'cancelAsked' in flags
      && flags.cancelAsked === true) {
      return true;
    }
    stack = innerStack(active);
  }
  return false;
}

/**
 * A form through an emergency told in its middle: held after the numbers, asked again with
 * the next calm message, and, for the rest of that form, "fausse alerte, c'était mon chat"
 * resumes it at any question (tester F8: at the summary it offered to erase the answers,
 * which a natural "oui" would have done).
 */
export class FormHold {
  /** The citizen has not seen the question since the numbers. */
  private readonly paused: StatePropertyAccessor<boolean>;
  /** An emergency was told during the form under way. */
  private readonly alerted: StatePropertyAccessor<boolean>;

  constructor(
    state: ConversationState,
    private readonly content: Content,
    private readonly dialogs: RootDialogRunner,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
    private readonly dangerIds: ReadonlySet<string>,
    private readonly gate: HandoffGate,
  ) {
    this.paused = state.createProperty<boolean>('formPaused');
    this.alerted = state.createProperty<boolean>('formAlerted');
  }

  /**
   * A person in danger is asked no form question right after the numbers (tester15's F11).
   * An emergency told at a danger question is its answer: the form stops, as on "oui".
   * Elsewhere the form stays open, and its question comes back with the next calm message.
   */
  async hold(context: TurnContext): Promise<void> {
    if (this.dangerIds.size > 0
      && waitsForFiles(await this.dialogState.get(context), this.dangerIds)) {
      await this.dialogs.stop(context);
      await this.forget(context);
      await context.sendActivity(this.content.render('prompts/stoppedForSafety'));
      return;
    }
    await this.alerted.set(context, true);
    if (!isEmergencyWaiting(context) || await this.paused.get(context, false)) {
      return;
    }

    await this.paused.set(context, true);
    await context.sendActivity(this.content.render('prompts/resumeAfterEmergency'));
  }

  /**
   * Why the pending question comes back before this calm message is read, if it does: the
   * first message after the numbers when it speaks of safety ("je suis en sécurité"), or
   * the word that the danger is over (unless the form waits for the answer to « Voulez-vous
   * vraiment abandonner ? », which reads it itself): only a denial stands it down. A first
   * message that is no such remark ("3 rue de la Paix") answers the question (t56 F5). The
   * pause ends here either way.
   */
  async resumeOn(context: TurnContext, text: string): Promise<FormResume | undefined> {
    const paused = await this.paused.get(context, false);
    await this.paused.delete(context);

    const alerted = paused || await this.alerted.get(context, false);
    if (alerted && dismissesEmergency(text)
      && !cancelPending(await this.dialogState.get(context))) {
      if (!deniesEmergency(text)) {
        // "il est parti" after "il me frappe": the danger was real, the gendarme calls back
        return 'prompts/dangerOver';
      }
      // before the gate reads this turn: no longer waited on as an emergency (tester F4);
      // after a threat, once the same word comes again (t98: only that, not "je confirme",
      // which may answer the form's own question)
      const outcome = await this.gate.standDown?.(context, 'told');
      return outcome === 'asked' ? 'prompts/falseAlarmConfirm' : 'prompts/falseAlarm';
    }
    return paused && isSafetyRemark(text) ? 'prompts/resume' : undefined;
  }

  /** The form is over (or was never there): nothing of its emergency stays. */
  async forget(context: TurnContext): Promise<void> {
    await this.paused.delete(context);
    await this.alerted.delete(context);
  }
}
