import {
  ActivityHandler,
  ActivityTypes,
  ConversationState,
  StatePropertyAccessor,
  TurnContext,
  UserState,
} from 'botbuilder';
import { Dialog, DialogState } from '../dialogs/framework';
import type { Content } from '../content/renderer';
import { componentLogger } from '../core/logger';
import type { HandoffDetails, HandoffGate } from '../handoff/types';
import type { Recognizer, Understanding } from '../nlu/types';
import { waitsForFiles } from '../dialogs/common/attachments';
import { setTurnServices, setUnderstanding } from '../dialogs/common/turnServices';
import { RootDialogRunner } from './dialogRun';
import { answerEmergency } from './emergencyTurn';
import { EmergencyWait, isSmallTalk } from './emergencyWait';
import { silentUnderstanding } from './silentUnderstanding';
import type { EmergencyTally } from './emergencyTally';
import { isEmergencyWaiting } from '../handoff/emergencyWaiting';
import { markFormWaiting, wasHandedBack } from '../handoff/handBack';
import { type FormResume, FormHold } from './formHold';
import { thanksTheGendarme } from './handBackThanks';
import { FormIdleClock } from './formIdle';
import { FalseAlarmOutsideForm } from './falseAlarmOutside';
import { isBlankAnswer } from './blankAnswer';
import type { AnswerKindAt } from './formAnswer';
import { MessageReader } from './messageReader';
import { Welcome } from './welcome';

type Holder = Awaited<ReturnType<NonNullable<HandoffGate['holder']>>>;

export interface AssistantBotOptions {
  conversationState: ConversationState;
  userState: UserState;
  recognizer: Recognizer;
  content: Content;
  gate: HandoffGate;
  /** The root dialog (the main router). */
  dialog: Dialog;
  /** Questions that take files (Procedure.acceptsFilesAt); none by default. */
  filesDialogIds?: ReadonlySet<string>;
  /** Danger questions (Procedure.dangerQuestionsAt): an emergency told there stops the form. */
  dangerDialogIds?: ReadonlySet<string>;
  /** What the pending form question waits for (Procedure.answerKindAt); none by default. */
  answerKindAt?: AnswerKindAt;
  /** What the procedure under way hands a gendarme (Procedure.handover); none by default. */
  handover?: (state: DialogState | undefined) => HandoffDetails | undefined;
  /** The procedures' dialog ids: one of them active means a form waits for an answer. */
  procedureIds?: ReadonlySet<string>;
  /** Counts emergencies by kind for the service's figures, apart from any id. */
  tally?: EmergencyTally;
  /** The time of each turn, which the form idle limit (FORM_IDLE_LIMIT_MS) compares. */
  clock?: () => Date;
  /** The welcome's safety and privacy lines on a first message that had no welcome. */
  noticeOnFirstMessage?: boolean;
}

/** Web Chat sends this event when it opens, before any message, on some set-ups. */
const JOIN_EVENT = 'webchat/join';

const log = componentLogger('bots.assistant');

/**
 * The turn pipeline: emergency triage first, then the handoff gate, then the dialogs; state
 * saved at the end of every turn.
 */
export class AssistantBot extends ActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly welcome: Welcome;
  private readonly dialogs: RootDialogRunner;
  private readonly waiting: EmergencyWait;
  /** A form left open by an emergency: its question comes back with the next calm message. */
  private readonly formHold: FormHold;
  private readonly formIdle: FormIdleClock;
  private readonly reader: MessageReader;
  private readonly falseAlarm: FalseAlarmOutsideForm;

  constructor(private readonly options: AssistantBotOptions) {
    super();
    this.dialogState = options.conversationState.createProperty<DialogState>('dialogState');
    this.welcome = new Welcome(options.conversationState.createProperty<boolean>('welcomed'),
      options.content, options.noticeOnFirstMessage === true);
    this.dialogs = new RootDialogRunner(options.dialog, this.dialogState);
    this.reader = new MessageReader({ ...options, dialogState: this.dialogState });
    this.formHold = new FormHold(options.conversationState, options.content, this.dialogs,
      this.dialogState, options.dangerDialogIds ?? new Set<string>(), options.gate);
    const clock = options.clock ?? (() => new Date());
    this.formIdle = new FormIdleClock(
      options.conversationState.createProperty<number>('lastFormTurn'), clock);
    this.waiting = new EmergencyWait(options.conversationState, options.content, clock);
    this.falseAlarm = new FalseAlarmOutsideForm(this.waiting, options.gate, options.content);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const citizens = (context.activity.membersAdded ?? []).filter((m) => m.id !== botId);
      if (citizens.length > 0) {
        await this.welcome.greet(context);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    setTurnServices(context, { content: this.options.content, gate: this.options.gate });

    await super.run(context);

    await this.options.conversationState.saveChanges(context, false);
    await this.options.userState.saveChanges(context, false);
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return this.onCitizenMessage(context);
      case ActivityTypes.ConversationUpdate:
        return super.onTurnActivity(context);
      default:
        return this.onOtherActivity(context);
    }
  }

  /** Typing, events...: the gate sees them (handoff protocol, agent typing); no answer. */
  private async onOtherActivity(context: TurnContext): Promise<void> {
    const handled = await this.options.gate.intercept(context, silentUnderstanding());
    const isJoin =
      context.activity.type === ActivityTypes.Event && context.activity.name === JOIN_EVENT;
    if (!handled && isJoin) {
      await this.welcome.greet(context);
    }
  }

  private async onCitizenMessage(context: TurnContext): Promise<void> {
    if (isBlankAnswer(context.activity) && await this.formWaits(context)) {
      await this.resumeForm(context, 'prompts/blankAnswer');
      return;
    }

    const read = await this.reader.read(context);
    if (read === undefined) {
      return;
    }
    const understanding = await this.waiting.insisted(context, read);
    setUnderstanding(context, understanding);
    const unwelcomed = await this.welcome.firstUnwelcomed(context);
    if (unwelcomed && !understanding.emergency.detected) {
      await this.welcome.notice(context, false);
    }
    const formWaits = await this.formWaits(context);
    if (formWaits) {
      markFormWaiting(context);
    }

    if (understanding.emergency.detected) {
      // the numbers come first; the notice's 17 / 112 would only delay them (and contradict)
      await this.emergencyThenNotice(context, understanding, formWaits, unwelcomed);
      return;
    }
    await this.afterCalmMessage(context, understanding, formWaits);
  }

  private async emergencyThenNotice(context: TurnContext, understanding: Understanding,
    formWaits: boolean, unwelcomed: boolean): Promise<void> {
    await this.onEmergencyMessage(context, understanding, formWaits);
    if (unwelcomed) {
      await this.welcome.notice(context, true);
    }
  }

  private async onEmergencyMessage(context: TurnContext, understanding: Understanding,
    formWaits: boolean): Promise<void> {
    const holder = formWaits && await this.formIdle.expired(context)
      ? await this.options.gate.holder?.(context) ?? 'bot' : undefined;
    if (holder === 'bot') {
      // before the numbers, so that its stale answers reach nobody, not even the gendarme
      await this.closeFormSilently(context);
    }
    // what becomes of the form is said once, after the queue message
    await this.emergency(context, understanding, holder, formWaits);
    if (holder === 'bot') {
      await context.sendActivity(this.options.content.render('bot/formClosedAfterPause'));
    } else if (formWaits) {
      await this.formHold.hold(context);
    }
  }

  private async afterCalmMessage(context: TurnContext, understanding: Understanding,
    formWaits: boolean): Promise<void> {
    await this.waiting.readCalm(context);
    const resume = await this.resumeOn(context, understanding.text, formWaits);
    const calm = formWaits ? undefined : await this.falseAlarm.read(context, understanding.text);
    const intercepted = await this.options.gate.intercept(context, understanding);
    if (formWaits && wasHandedBack(context)) {
      // back from a gendarme: the question is asked again before any answer is read
      if (thanksTheGendarme(understanding)) {
        await context.sendActivity(this.options.content.render('prompts/thanks'));
      }
      await this.resumeForm(context, 'prompts/resumeAfterHandBack');
      return;
    }
    if (intercepted) {
      return;
    }
    if (calm !== undefined) {
      await this.falseAlarm.reply(context, calm);
      return;
    }
    if (formWaits && await this.formIdle.expired(context)) {
      // hours later the message is about something else, not the answer to the old question
      await this.closeFormSilently(context);
      await context.sendActivity(this.options.content.render('bot/formClosedAfterPause'));
      await this.answerOrWait(context, understanding, false);
      return;
    }
    if (formWaits && resume !== undefined) {
      // not seen since the numbers, or "fausse alerte": this is no answer to the question
      await this.resumeForm(context, resume);
      return;
    }
    await this.answerOrWait(context, understanding, formWaits);
  }

  /** Nothing of the form is sent or filed: its answers are dropped with its dialog state. */
  private async closeFormSilently(context: TurnContext): Promise<void> {
    log.info('form closed after a pause', {
      event: 'form.idle_closed', conversationId: context.activity.conversation?.id,
    });
    await this.dialogs.stop(context);
    await this.formHold.forget(context);
    await this.formIdle.afterTurn(context, false);
  }

  private async resumeOn(context: TurnContext, text: string, formWaits: boolean):
  Promise<FormResume | undefined> {
    if (formWaits) {
      return this.formHold.resumeOn(context, text);
    }
    await this.formHold.forget(context);
    return undefined;
  }

  /**
   * While an emergency waits for a gendarme, no message goes unanswered and none gets small
   * talk: the numbers of that emergency come again (tester13's F6). A form still answers.
   */
  private async answerOrWait(context: TurnContext, understanding: Understanding,
    formWaits: boolean): Promise<void> {
    const waits = isEmergencyWaiting(context);
    if (waits && !formWaits && isSmallTalk(understanding)) {
      await this.waiting.reply(context);
      return;
    }

    await this.dialogs.runOrReset(context, this.options.content);
    const stillWaits = await this.formWaits(context);
    await this.formIdle.afterTurn(context, stillWaits);
    if (!stillWaits) {
      await this.formHold.forget(context);
    }

    if (waits && !context.responded) {
      await this.waiting.reply(context);
    }
  }

  private async formWaits(context: TurnContext): Promise<boolean> {
    const ids = this.options.procedureIds;
    return ids !== undefined && ids.size > 0 &&
      waitsForFiles(await this.dialogState.get(context), ids);
  }

  /** The pending question asked again after `key`, which says why. */
  private async resumeForm(context: TurnContext, key: string): Promise<void> {
    await context.sendActivity(this.options.content.render(key));
    await this.dialogs.reprompt(context);
    await this.formIdle.afterTurn(context, true);
  }

  private async emergency(context: TurnContext, understanding: Understanding,
    knownHolder?: Holder, formTold = false): Promise<void> {
    await answerEmergency({ ...this.options, waiting: this.waiting,
      dialogState: this.dialogState }, context, understanding, knownHolder, formTold);
  }
}
