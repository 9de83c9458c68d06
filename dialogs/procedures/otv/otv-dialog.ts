import { MessageFactory } from 'botbuilder';
import {
  Dialog, DialogContext, DialogReason, DialogTurnResult, PromptOptions, WaterfallDialog,
  WaterfallStepContext,
} from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import type { PostcodeDirectory } from '../../../geo/types';
import { ChoiceTextPrompt } from '../../prompts/choicePrompt';
import { CommuneDialog } from '../../prompts/communeDialog';
import { DoubtOncePrompt } from '../../prompts/doubtOncePrompt';
import { ParsedTextPrompt } from '../../prompts/parsedTextPrompt';
import { parseFrenchPhone } from '../../prompts/phone';
import { FullNamePrompt } from '../../prompts/fullNamePrompt';
import { parseYesNo } from '../../prompts/yesNo';
import { confirmCancel } from '../shared/cancel-confirmation';
import { askChoice } from '../shared/choices';
import { ProcedureDialog } from '../shared/procedure-dialog';
import { recall, remember } from '../shared/values';
import { asksWhatTheOtvIs } from './aboutQuestion';
import { carryAhead } from './carryAhead';
import { afterOf, isAbsenceStart, parseAbsenceDay, parseAbsenceStart } from './dates';
import { introduceWithDates } from './firstMessage';
import { warnOfAlarmCode } from './alarmCode';
import { accessDoubt } from './homeDetails';
import {
  parseAccess, parseContact, parseKeysLeft, parseStreet, parseVehicles,
} from './parsers';
import { endInPoliceZone } from './policeZone';
import { OTV_SECTIONS, askConsent, askSection, parseConsent, sectionOf } from './review';
import type { OtvStore } from './store';
import { submitRequest } from './submit';
import { buildContent, summaryData } from './summary';
import { HOME_KINDS } from './types';

export const OTV_DIALOG = 'procedure.otv';

const log = componentLogger('procedure.otv');
const T = 'procedures/otv';

const DATE = `${OTV_DIALOG}.date`;
const DEPARTURE = `${OTV_DIALOG}.departure`;
const COMMUNE = `${OTV_DIALOG}.commune`;
const CHOICE = `${OTV_DIALOG}.choice`;
const YES_NO = `${OTV_DIALOG}.yesNo`;
const KEYS = `${OTV_DIALOG}.keys`;
const NAME = `${OTV_DIALOG}.name`;
const PHONE = `${OTV_DIALOG}.phone`;
const STREET = `${OTV_DIALOG}.street`;
const ACCESS = `${OTV_DIALOG}.access`;
const CONTACT = `${OTV_DIALOG}.contact`;
const VEHICLES = `${OTV_DIALOG}.vehicles`;
const CONSENT = `${OTV_DIALOG}.consent`;

/** The days of absence the opening message gave, until the departure question comes. */
const DATES_AHEAD = 'datesAhead';

export interface OtvDependencies {
  content: Content;
  postcodes: PostcodeDirectory;
  store: OtvStore;
  /** Today, for the dates of absence; the real clock by default. */
  clock?: () => Date;
}

/** One question of the form: the answer is kept under `key` when the next step runs. */
interface Question {
  key: string;
  dialogId: string;
  options: (step: WaterfallStepContext) => PromptOptions | { prompt: string };
}

/** Opération Tranquillité Vacances: registers a home to be watched while the citizen is away. */
export class OtvDialog extends ProcedureDialog {
  private readonly questions: Question[];

  private readonly clock: () => Date;

  constructor(private readonly deps: OtvDependencies) {
    super(OTV_DIALOG, deps.content);
    const { content, postcodes } = deps;
    const clock = deps.clock ?? (() => new Date());
    this.clock = clock;
    const yesNo = (key: string): PromptOptions =>
      askChoice(content, `${T}/${key}`, 'procedures/common/labels', ['yes', 'no']);
    const ask = (key: string) => ({ prompt: content.render(`${T}/${key}`) });

    this.addDialog(new ParsedTextPrompt(DEPARTURE, (text) => parseAbsenceStart(text, clock()),
      content));
    this.addDialog(new ParsedTextPrompt(DATE, (text, _activity, options) =>
      parseAbsenceDay(text, clock(), afterOf(options.validations)), content));
    this.addDialog(new CommuneDialog(COMMUNE, postcodes, content));
    this.addDialog(new ChoiceTextPrompt(CHOICE, content));
    this.addDialog(new ParsedTextPrompt(YES_NO, parseYesNo, content));
    this.addDialog(new ParsedTextPrompt(KEYS, parseKeysLeft, content));
    this.addDialog(new FullNamePrompt(NAME, content));
    this.addDialog(new ParsedTextPrompt(PHONE, parseFrenchPhone, content));
    this.addDialog(new ParsedTextPrompt(STREET, (text) => parseStreet(text, postcodes), content));
    this.addDialog(new DoubtOncePrompt(ACCESS, parseAccess, accessDoubt, content));
    this.addDialog(new ParsedTextPrompt(CONTACT, parseContact, content));
    this.addDialog(new ParsedTextPrompt(VEHICLES, parseVehicles, content));
    this.addDialog(new ParsedTextPrompt(CONSENT, parseConsent, content));

    // the commune first: in Paris and its inner suburbs the OTV is the commissariat's, which
    // a resident learnt at the third question, after the dates (tester26, t99)
    this.questions = [
      { key: 'commune', dialogId: COMMUNE, options: () => ask('ask_commune') },
      { key: 'street', dialogId: STREET, options: () => ask('ask_street') },
      { key: 'from', dialogId: DEPARTURE, options: () => ask('ask_from') },
      {
        key: 'to', dialogId: DATE,
        options: (step) => ({ ...ask('ask_to'), validations: { after: recall(step, 'from') } }),
      },
      {
        key: 'home', dialogId: CHOICE,
        options: () => askChoice(content, `${T}/ask_home`, `${T}/labels`, HOME_KINDS),
      },
      { key: 'access', dialogId: ACCESS, options: () => ask('ask_access') },
      { key: 'alarm', dialogId: YES_NO, options: () => yesNo('ask_alarm') },
      { key: 'name', dialogId: NAME, options: () => ask('ask_name') },
      { key: 'phone', dialogId: PHONE, options: () => ask('ask_phone') },
      { key: 'contact', dialogId: CONTACT, options: () => ask('ask_contact') },
      { key: 'keys', dialogId: KEYS, options: () => yesNo('ask_keys') },
      { key: 'vehicles', dialogId: VEHICLES, options: () => ask('ask_vehicles') },
    ];

    const asks = this.questions.map((question, index) =>
      (step: WaterfallStepContext) => this.ask(step, question, this.questions[index - 1]));
    this.addDialog(new WaterfallDialog(`${OTV_DIALOG}.steps`, [
      ...asks,
      (step) => this.confirm(step),
      (step) => this.decide(step),
      (step) => this.edit(step),
    ]));
    this.initialDialogId = `${OTV_DIALOG}.steps`;
  }

  /**
   * "annuler" once a question is answered asks « Voulez-vous vraiment abandonner ? »; the
   * flag lives in the steps' own state, which a reload or a restart keeps. A question on
   * what the OTV watches gets the OTV's explanation, then the pending question.
   */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const steps = innerDc.stack[0];
    const state: { stepIndex?: number; cancelAsked?: boolean } = steps?.state ?? {};
    const confirming = steps === undefined ? undefined
      : await confirmCancel(innerDc, state, state.stepIndex ?? 0, this.content);
    if (confirming) {
      return confirming;
    }

    if (asksWhatTheOtvIs(innerDc.context.activity.text)) {
      await innerDc.context.sendActivity(this.content.render(`${T}/about`));
      await innerDc.context.sendActivity(this.content.render('prompts/resume'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return super.onContinueDialog(innerDc);
  }

  /**
   * "retour": the previous question, its own previous answer handed back to the step that
   * asks it (each step keeps the answer before it), and the return day skipped when the
   * departure answer gave both days. At the first question, that question again.
   */
  protected override async back(innerDc: DialogContext): Promise<DialogTurnResult> {
    const steps = innerDc.stack[0];
    const state: { stepIndex?: number; values?: Record<string, unknown> } = steps?.state ?? {};
    const values = state.values ?? {};
    let target = Math.max((state.stepIndex ?? 0) - 1, 0);
    if (this.questions[target]?.key === 'to' && values.rangeGiven === true) {
      target -= 1;
    }
    const dialog = steps === undefined ? undefined : innerDc.findDialog(steps.id);
    if (!(dialog instanceof WaterfallDialog)) {
      return super.back(innerDc);
    }

    await innerDc.context.sendActivity(this.content.render('bot/back'));
    innerDc.stack.splice(1);
    state.stepIndex = target - 1;
    const before = this.questions[target - 1];
    return dialog.resumeDialog(innerDc, DialogReason.nextCalled,
      before === undefined ? undefined : values[before.key]);
  }

  private async ask(
    step: WaterfallStepContext,
    question: Question,
    previous: Question | undefined,
  ): Promise<DialogTurnResult> {
    if (previous?.key === 'from' && isAbsenceStart(step.result)) {
      return this.afterDeparture(step, step.result.from, step.result.to, question);
    }
    const policeZone = previous?.key === 'commune'
      ? await endInPoliceZone(step, step.result, this.content) : undefined;
    if (policeZone) {
      return policeZone;
    }
    if (previous) {
      remember(step, previous.key, step.result);
      if (previous.key === 'access' || previous.key === 'home') {
        await warnOfAlarmCode(step, this.content);
      }
      if (recall(step, 'editUntil') === previous.key) {
        return this.backToSummary(step);
      }
      const carried = await carryAhead(step, question.key, previous.key,
        { ...this.deps, accessId: ACCESS });
      if (carried !== undefined) {
        return carried;
      }
    } else if (recall(step, 'introduced') !== true) {
      // the days the first message gave are kept for their question, after the address
      remember(step, DATES_AHEAD, await introduceWithDates(step, this.content, this.clock()));
    }
    const ahead = question.key === 'from' ? recall(step, DATES_AHEAD) : undefined;
    if (isAbsenceStart(ahead)) {
      remember(step, DATES_AHEAD, undefined);
      return step.next(ahead);
    }
    const options = question.options(step);
    return question.dialogId === COMMUNE
      ? step.beginDialog(COMMUNE, options)
      : step.prompt(question.dialogId, options);
  }

  /** "du 20 au 27 décembre" answers the return question too: it is not asked. */
  private async afterDeparture(
    step: WaterfallStepContext,
    from: string,
    to: string | undefined,
    question: Question,
  ): Promise<DialogTurnResult> {
    remember(step, 'from', from);
    remember(step, 'rangeGiven', to !== undefined);
    if (to !== undefined) {
      return step.next(to);
    }
    return this.ask(step, question, undefined);
  }

  private async confirm(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const last = this.questions[this.questions.length - 1];
    remember(step, last?.key ?? 'vehicles', step.result);
    remember(step, 'editUntil', undefined);
    return this.showSummary(step);
  }

  /** A corrected section is answered: the summary again, its answer going to decide(). */
  private async backToSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'editUntil', undefined);
    const state: { stepIndex?: number } = step.activeDialog?.state ?? {};
    state.stepIndex = this.questions.length;
    return this.showSummary(step);
  }

  private async showSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const content = buildContent((key) => recall(step, key));
    if (!content) {
      log.error('otv.incomplete', { conversationId: step.context.activity.conversation?.id });
      await step.context.sendActivity(this.content.render(`${T}/failed`));
      return step.endDialog({});
    }
    await step.context.sendActivity(
      MessageFactory.text(this.content.render(`${T}/summary`, summaryData(this.content, content))));
    return step.prompt(CONSENT, askConsent(this.content));
  }

  /** Consent, refusal, or which part to correct first (as the pré-plainte's review). */
  private async decide(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'modify') {
      return step.prompt(CHOICE, askSection(this.content));
    }
    return this.submit(step);
  }

  /** Asks the chosen section's questions again, then shows the summary again. */
  private async edit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const section = sectionOf(step.result);
    const first = section === undefined ? -1
      : this.questions.findIndex((question) => question.key === OTV_SECTIONS[section].first);
    const question = this.questions[first];
    if (section === undefined || question === undefined) {
      return this.backToSummary(step);
    }
    log.info('otv.modify', { section, conversationId: step.context.activity.conversation?.id });
    remember(step, 'editUntil', OTV_SECTIONS[section].last);
    const state: { stepIndex?: number } = step.activeDialog?.state ?? {};
    state.stepIndex = first;
    return this.ask(step, question, undefined);
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return submitRequest(step, this.deps);
  }
}
