import {
  Dialog, DialogContext, DialogTurnResult, WaterfallDialog, WaterfallStepContext,
} from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { inPoliceZone } from '../../geo/policeZone';
import type { PostcodeDirectory } from '../../geo/types';
import { RETENTION_DAYS } from '../../records/lifecycle';
import type { PreComplaintStore } from '../../records/store';
import { interruptionAtStep, interruptionFor, isLost } from '../common/commands';
import { asideTopic } from '../prompts/asideQuestion';
import { askedChoices, saysNoPreference } from '../prompts/choicePrompt';
import { isQuestionAboutChoices } from '../prompts/choiceQuestion';
import { noteForGendarme } from '../common/handoffNote';
import { InterruptibleDialog } from '../common/interruptibleDialog';
import { getTurnServices } from '../common/turnServices';
import { confirmCancel } from './cancelConfirmation';
import { correctDate } from './dateCorrection';
import { correctPlace } from './placeCorrection';
import { correctValue } from './valueCorrection';
import { FormState, formIn, involvesVehicle, newForm } from './draft';
import { PRE_COMPLAINT_FIELDS } from './fields';
import { FormDialog, goBack, isFormResult } from './form';
import { handoverDetails } from './handover';
import { keepKindAtDanger } from './kindAtDanger';
import { kindFromTopic } from './kindFromTopic';
import { placeAtKeptQuestion } from './placeKeptAnswer';
import { firstForm } from './kindInFirstMessage';
import { answerLoss } from './lossInstead';
import { IDS, PRE_COMPLAINT_DIALOG } from './ids';
import { label } from './options';
import { addPrompts } from './prompts';
import { buildRecordContent } from './record';
import { ReviewDialog } from './reviewDialog';
import { backToSummary } from './summaryAgain';

const log = componentLogger('preComplaint');

const DAY_MS = 24 * 3600_000;

export interface PreComplaintDeps {
  content: Content;
  directory: PostcodeDirectory;
  store: PreComplaintStore;
  clock?: () => Date;
}

/** What the pré-plainte hands back to the main dialog when it ends on its own. */
export type PreComplaintOutcome =
  | { outcome: 'submitted'; reference: string }
  | { outcome: 'oriented'; orientation: string }
  | { outcome: 'oriented'; orientation: 'emergency'; next: 'handoff' };

/** "PP-7K4M-Q2XD" read out character by character, for the phone. */
function spelled(reference: string): string {
  return reference.replace(/-/g, '').split('').join(' ');
}

/**
 * The guided pré-plainte: eligibility, facts, identity, summary with corrections, consent,
 * submission. "retour", "aide", "annuler", "recommencer" and "parler à un gendarme" work at
 * every step (the last three through InterruptibleDialog); the whole draft lives in the
 * dialog state, so a reload or the next day resumes where the citizen stopped.
 */
export class PreComplaintDialog extends InterruptibleDialog {
  private readonly content: Content;
  private readonly store: PreComplaintStore;
  private readonly clock: () => Date;

  constructor(deps: PreComplaintDeps, dialogId = PRE_COMPLAINT_DIALOG) {
    super(dialogId);
    this.content = deps.content;
    this.store = deps.store;
    this.clock = deps.clock ?? (() => new Date());
    addPrompts(this, { content: deps.content, directory: deps.directory, clock: this.clock });
    this.addDialog(new ReviewDialog(IDS.review, deps.content));
    this.addDialog(new FormDialog(IDS.form, PRE_COMPLAINT_FIELDS, deps.content, this.clock));
    this.addDialog(new WaterfallDialog(IDS.main, [
      (step) => this.start(step),
      (step) => this.finish(step),
    ]));
    this.initialDialogId = IDS.main;
  }

  protected override helpKey(): string {
    return 'preComplaint/help/default';
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const form = this.formOf(innerDc);
    if (form && this.expired(form)) {
      await innerDc.context.sendActivity(this.content.render('preComplaint/expired'));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(IDS.main, { form: newForm(this.clock()) });
    }
    const lost = form && await answerLoss(innerDc, form, this.content);
    if (lost) {
      return lost;
    }
    const cancelling = form && await confirmCancel(innerDc, form, this.content);
    if (cancelling) {
      return cancelling;
    }
    const correcting = form && (await correctValue(innerDc, form, this.content, this.clock())
      ?? await correctDate(innerDc, form, this.content, this.clock())
      ?? await correctPlace(innerDc, form, this.content)
      ?? await backToSummary(innerDc, form, this.content));
    if (correcting) {
      return correcting;
    }
    const text = innerDc.context.activity.text ?? '';
    // a question with its own answer (« comment porter plainte ? ») gets that answer instead
    const askingAboutChoices = innerDc.activeDialog?.id === IDS.choice
      && isQuestionAboutChoices(text) && asideTopic(innerDc.context, this.content) === undefined
      && !saysNoPreference(text, askedChoices(innerDc.activeDialog));
    // "j'ai rien compris" is never an answer, not even to a free-text question, where it was
    // kept as the facts' description; the name question explains itself what it wants
    const lostHere = isLost(text) && innerDc.activeDialog?.id !== IDS.name;
    if (form && (interruptionFor(text) === 'help' || askingAboutChoices || lostHere)) {
      // a question at a closed list is explained, never taken as a choice (tester12's F6)
      const key = `preComplaint/help/${form.current ?? 'default'}`;
      await innerDc.context.sendActivity(
        this.content.render(this.content.has(key) ? key : 'preComplaint/help/default'));
      if (lostHere) {
        await innerDc.context.sendActivity(this.content.render('preComplaint/help/lost'));
      }
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (form && interruptionAtStep(text) === 'handoff') {
      return this.handOver(innerDc, form);
    }
    if (form) {
      await keepKindAtDanger(innerDc.context, form, this.content);
    }
    const freeAnswer = form && (await kindFromTopic(innerDc, form, this.content)
      ?? await placeAtKeptQuestion(innerDc, form));
    return freeAnswer || super.onContinueDialog(innerDc);
  }

  /**
   * "parler à un gendarme" in the middle of the form: as everywhere, but the gendarme also
   * gets the answers given so far, so the citizen is not asked them again. The form stays
   * where it was, should the citizen come back to the bot.
   */
  private async handOver(innerDc: DialogContext, form: FormState): Promise<DialogTurnResult> {
    const context = innerDc.context;
    log.info('interruption', { event: 'interruption', interruption: 'handoff',
      dialogId: this.id, conversationId: context.activity.conversation?.id });
    await getTurnServices(context).gate.request(context, 'user_request', 'normal',
      handoverDetails(this.content, form));
    return Dialog.EndOfTurn;
  }

  /** "retour": the previous question of the form, whichever sub-dialog is running. */
  protected override async back(innerDc: DialogContext): Promise<DialogTurnResult> {
    const form = this.formOf(innerDc);
    if (!form) {
      return super.back(innerDc);
    }
    if (!goBack(form, PRE_COMPLAINT_FIELDS)) {
      await innerDc.context.sendActivity(this.content.render('preComplaint/back_first'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    log.info('back', { event: 'back', conversationId: innerDc.context.activity.conversation?.id });
    await innerDc.context.sendActivity(this.content.render('preComplaint/back'));
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(IDS.main, { form });
  }

  private async start(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const form = formIn(step.options);
    if (form) {
      return step.beginDialog(IDS.form, { form });
    }

    await step.context.sendActivity(this.content.render('preComplaint/intro'));
    const first = await firstForm(step.context, this.content, this.clock());
    return step.beginDialog(IDS.form, { form: first });
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result: unknown = step.result;
    if (!isFormResult(result)) {
      return step.endDialog();
    }
    if (result.kind === 'oriented') {
      // debug only: "person" means violence or threats, and an info line written during the
      // turn sits next to the turn's own line, which names the conversation
      log.debug('oriented', { event: 'oriented', orientation: result.to });
      await step.context.sendActivity(this.content.render(`preComplaint/orient/${result.to}`));
      if (result.to === 'emergency') {
        return this.alertGendarme(step);
      }
      const outcome: PreComplaintOutcome = { outcome: 'oriented', orientation: result.to };
      return step.endDialog(outcome);
    }
    return this.submit(step, result.form);
  }

  /**
   * A citizen who says they are in danger gets as much help as one whose words triage
   * caught: the numbers, then a gendarme alerted at emergency priority.
   */
  private async alertGendarme(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(this.content.render('preComplaint/alerted'));
    await getTurnServices(step.context).gate.request(step.context, 'emergency', 'emergency',
      { topic: 'procedure.pre_complaint' });
    const outcome: PreComplaintOutcome =
      { outcome: 'oriented', orientation: 'emergency', next: 'handoff' };
    return step.endDialog(outcome);
  }

  private async submit(step: WaterfallStepContext, form: FormState): Promise<DialogTurnResult> {
    const recordContent = buildRecordContent(form.draft);
    try {
      if (!recordContent) {
        throw new Error('completed pré-plainte misses a required answer');
      }
      const record = await this.store.submit(recordContent, step.context.activity.channelId);
      await step.context.sendActivity(this.content.render('preComplaint/submitted', {
        reference: record.id,
        spelled: spelled(record.id),
        callback: label(this.content, `callback_when_${recordContent.contact.callback}`),
        vehicle: involvesVehicle(form.draft),
        policeZone: inPoliceZone(recordContent.facts.commune.postcode),
      }));
      await noteForGendarme(step.context,
        { [label(this.content, 'handover_reference')]: record.id });
      const outcome: PreComplaintOutcome = { outcome: 'submitted', reference: record.id };
      return step.endDialog(outcome);
    } catch (error) {
      log.error('submission failed', { event: 'submit_failed',
        conversationId: step.context.activity.conversation?.id,
        error: error instanceof Error ? error.name : 'unknown' });
      await step.context.sendActivity(this.content.render('preComplaint/submit_failed'));
      // the answers stay: consent is asked again, and "oui" retries the submission
      form.answered = form.answered.filter((id) => id !== 'consent');
      return step.replaceDialog(IDS.main, { form });
    }
  }

  private formOf(innerDc: DialogContext): FormState | undefined {
    const instance = innerDc.stack.find((candidate) => candidate.id === IDS.form);
    return instance ? formIn(instance.state) : undefined;
  }

  private expired(form: FormState): boolean {
    const started = new Date(form.startedAt).getTime();
    return this.clock().getTime() - started > RETENTION_DAYS * DAY_MS;
  }
}
