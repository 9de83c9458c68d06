import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  DialogContext,
  DialogTurnResult,
  WaterfallDialog,
  WaterfallStepContext,
} from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { loggableTopic } from '../../core/sensitiveTopics';
import { isEmergencyWaiting } from '../../handoff/emergencyWaiting';
import { followsEmergency } from '../common/emergencyAftermath';
import type { Understanding } from '../../nlu/types';
import type { UnansweredLog } from '../../nlu/unanswered';

/** What the router needs of the unanswered-questions log. */
export type UnansweredCounter = Pick<UnansweredLog, 'record'>;
import type { Procedure } from '../types';
import type { Interruption } from '../common/commands';
import { InterruptibleDialog } from '../common/interruptibleDialog';
import { withSuggestedActions } from '../common/suggestedActions';
import { getTurnServices, getUnderstanding } from '../common/turnServices';
import { courtesyData } from './courtesy';
import { emergencyNumbersAnswer } from './emergencyNumbers';
import { keywordReply } from './keywordReply';
import { endedInHandoff, rememberFiled } from './procedureOutcome';
import { procedureTable } from './procedureTable';
import { procedureExplanation } from './procedureExplanation';
import { Route, route, RouterMemory, RoutingRules } from './routing';

export const MAIN_DIALOG = 'mainDialog';
export const ROUTER_WATERFALL = 'mainDialog.router';

export interface MainDialogOptions {
  content: Content;
  memory: StatePropertyAccessor<RouterMemory>;
  procedures: readonly Procedure[];
  /**
   * Defaults: 0.5, 0.2 (two neighbouring topics that split a message between them, see
   * nlu pairScore) and 3 "not sure" answers in a row before a gendarme takes over.
   */
  minScore?: number;
  minClarifyScore?: number;
  maxNotUnderstood?: number;
  /** Counts the messages the router could not place, for the team to grow the corpus. */
  unanswered?: UnansweredCounter;
}

const log = componentLogger('dialogs.main');

/** Routes that mean the message found no confident topic. */
const UNPLACED: ReadonlySet<Route['kind']> = new Set(['notSure', 'outOfScope', 'clarify']);

/** The welcome buttons, also offered with the help. */
export const MENU_LABELS = ['askQuestion', 'preComplaint', 'talkToGendarme'] as const;

/** The router: answers a message, starts a procedure, or says honestly it is not sure. */
export class MainDialog extends InterruptibleDialog {
  private readonly content: Content;
  private readonly memory: StatePropertyAccessor<RouterMemory>;
  private readonly rules: RoutingRules;
  private readonly maxNotUnderstood: number;
  private readonly unanswered?: UnansweredCounter;

  constructor(options: MainDialogOptions) {
    super(MAIN_DIALOG);
    this.content = options.content;
    this.memory = options.memory;
    this.maxNotUnderstood = options.maxNotUnderstood ?? 3;
    this.unanswered = options.unanswered;
    this.rules = {
      minScore: options.minScore ?? 0.5,
      minClarifyScore: options.minClarifyScore ?? 0.2,
      procedures: procedureTable(options.procedures),
      hasAnswer: (topic) => this.content.has(`faq/${topic}`),
      labelOf: (topic) => this.topicLabel(topic),
    };

    for (const procedure of options.procedures) {
      this.addDialog(procedure.dialog);
    }
    this.addDialog(
      new WaterfallDialog(ROUTER_WATERFALL, [
        this.routeStep.bind(this),
        this.afterProcedureStep.bind(this),
      ]),
    );
    this.initialDialogId = ROUTER_WATERFALL;
  }

  /** "recommencer" during a procedure starts that procedure over, not the router. */
  protected override async restart(innerDc: DialogContext): Promise<DialogTurnResult> {
    const active = innerDc.activeDialog;
    if (active === undefined || active.id === ROUTER_WATERFALL) {
      return super.restart(innerDc);
    }
    return innerDc.replaceDialog(active.id);
  }

  /** The main dialog cannot see inside a procedure that does not extend the base class. */
  protected override async back(innerDc: DialogContext): Promise<DialogTurnResult> {
    return this.backUnavailable(innerDc);
  }

  /** Answers the message, or starts the procedure it asks for. */
  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const understanding = requireUnderstanding(step.context);
    const memory = await this.memory.get(step.context, { notUnderstood: 0 });
    const decision = route(understanding, memory, this.rules);

    log.info('route', {
      event: 'route',
      conversationId: step.context.activity.conversation?.id,
      route: decision.kind,
      topic: loggableTopic(understanding.topic),
      score: understanding.score,
    });
    log.debug('route topic', { event: 'route.topic', topic: understanding.topic });
    memory.clarification = undefined;
    if (UNPLACED.has(decision.kind) && !followsEmergency(step.context)) {
      this.countUnanswered(understanding, step.context);
    }
    if (decision.kind !== 'interruption') {
      const missed = decision.kind === 'notSure' || decision.kind === 'outOfScope';
      memory.notUnderstood = missed ? memory.notUnderstood + 1 : 0;
    }

    if (decision.kind === 'procedure') {
      // the router's topic, which may not be the model's ("plainte" told with blows)
      return step.beginDialog(decision.dialogId, { topic: decision.topic });
    }
    await this.answer(step.context, decision, memory);
    return step.endDialog();
  }

  /** Never delays nor fails the citizen's turn: the count is for the team, not for them. */
  private countUnanswered(understanding: Understanding, context: TurnContext): void {
    this.unanswered?.record(understanding).catch((error: unknown) => {
      log.warn('unanswered count failed', {
        event: 'nlu.unanswered.failed',
        conversationId: context.activity.conversation?.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    });
  }

  /** Offers more help once a procedure has ended on its own. */
  private async afterProcedureStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const memory = await this.memory.get(step.context, { notUnderstood: 0 });
    rememberFiled(memory, step.result);

    if (endedInHandoff(step.result)) {
      // the citizen now waits for a gendarme: "anything else?" would read as a dismissal
      return step.endDialog();
    }
    await step.context.sendActivity(this.content.render('bot/anythingElse'));
    return step.endDialog();
  }

  private async answer(context: TurnContext, decision: Route, memory: RouterMemory): Promise<void> {
    switch (decision.kind) {
      case 'interruption':
        return this.idleInterruption(context, decision.interruption, memory);
      case 'ask':
        await context.sendActivity(this.content.render('bot/askQuestion'));
        return;
      case 'closing':
        await context.sendActivity(this.content.render('bot/closing'));
        return;
      case 'answer':
        await context.sendActivity(this.content.render(`faq/${decision.topic}`,
          decision.topic.startsWith('smalltalk.') ? courtesyData(context.activity.text ?? '')
            : {}));
        return;
      case 'keyword':
        await context.sendActivity(keywordReply(this.content, decision.answer,
          context.activity.text ?? '', memory));
        return;
      case 'explain':
        await context.sendActivity(procedureExplanation(this.content, decision.topic));
        return;
      case 'numbers':
        await context.sendActivity(emergencyNumbersAnswer(this.content, decision.asked));
        return;
      case 'handoff':
        return this.handOff(context);
      case 'clarify':
        memory.clarification = [...decision.candidates];
        await context.sendActivity(this.clarification(decision.candidates));
        return;
      case 'notSure':
      case 'outOfScope':
        return this.notUnderstood(context, decision.kind, memory);
      case 'procedure':
        throw new Error('procedures are begun by the route step');
    }
  }

  /** Commands typed while nothing is running. */
  private async idleInterruption(
    context: TurnContext,
    interruption: Interruption,
    memory: RouterMemory,
  ): Promise<void> {
    switch (interruption) {
      case 'cancel':
        await context.sendActivity(this.content.render('bot/nothingToCancel'));
        return;
      case 'back':
        await context.sendActivity(this.content.render('bot/nothingToGoBack'));
        return;
      case 'restart':
        memory.notUnderstood = 0;
        await context.sendActivity(this.content.render('bot/restart'));
        await context.sendActivity(this.menu('bot/askQuestion'));
        return;
      case 'help':
        await context.sendActivity(this.menu('bot/help'));
        return;
      case 'privacy':
        await context.sendActivity(this.content.render('bot/privacy',
          { conversation: context.activity.conversation?.id ?? '' }));
        return;
      case 'handoff':
        return this.handOff(context);
    }
  }

  private async handOff(context: TurnContext): Promise<void> {
    await getTurnServices(context).gate.request(context, 'user_request', 'normal');
  }

  /** Honest "not sure", and a gendarme once the bot has failed too many times in a row. */
  private async notUnderstood(
    context: TurnContext,
    kind: 'notSure' | 'outOfScope',
    memory: RouterMemory,
  ): Promise<void> {
    if (isEmergencyWaiting(context)) {
      // queued as an emergency: the message reached the gendarmes, no filler answer
      return;
    }
    if (memory.notUnderstood >= this.maxNotUnderstood) {
      memory.notUnderstood = 0;
      log.info('escalation', {
        event: 'escalation',
        reason: 'not_understood',
        conversationId: context.activity.conversation?.id,
      });
      await context.sendActivity(this.withReminder(this.content.render('bot/escalate')));
      await getTurnServices(context).gate.request(context, 'not_understood', 'normal');
      return;
    }
    const answer = this.content.render(kind === 'outOfScope' ? 'faq/none' : 'bot/notSure');
    // official pages found for the message: title, link and date, never their old text
    const links = getUnderstanding(context)?.pages ?? [];
    const text = links.length === 0
      ? answer
      : `${answer}\n\n${this.content.render('bot/officialPages', { links })}`;
    await context.sendActivity(withSuggestedActions(this.withReminder(text),
      [this.label('talkToGendarme')]));
  }

  /**
   * A message the bot did not understand may be a danger it failed to recognise: the
   * numbers always end such an answer.
   */
  private withReminder(text: string): string {
    return `${text}\n\n${this.content.render('bot/emergencyReminder')}`;
  }

  private clarification(candidates: [string, string]): ReturnType<typeof withSuggestedActions> {
    const [first, second] = candidates.map((topic) => this.topicLabel(topic));
    const text = this.content.render('bot/clarify', { first, second });
    return withSuggestedActions(text, [first, second]);
  }

  /** A template followed by the three main choices of the welcome message. */
  private menu(key: string): ReturnType<typeof withSuggestedActions> {
    const labels = MENU_LABELS.map((name) => this.label(name));
    return withSuggestedActions(this.content.render(key), labels);
  }

  private label(name: string): string {
    return this.content.render(`bot/labels.${name}`);
  }

  private topicLabel(topic: string): string {
    const key = `topics/labels.${topic}`;
    return this.content.has(key) ? this.content.render(key) : topic;
  }
}

function requireUnderstanding(context: TurnContext): Understanding {
  const understanding = getUnderstanding(context);
  if (understanding === undefined) {
    throw new Error('no understanding in turn state: the bot must recognise before routing');
  }
  return understanding;
}
