import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { ChoiceTextPrompt } from '../../prompts/choicePrompt';
import { askChoice, isOneOf } from '../shared/choices';
import { askNextStep, NextStep, NextStepOptions, takeNextStep } from '../shared/next-step';
import { startTopic } from '../shared/outcome';
import { ProcedureDialog } from '../shared/procedure-dialog';
import { recall, remember } from '../shared/values';

export const FRAUD_DIALOG = 'procedure.fraud';

export const SITUATIONS = [
  'card', 'phishing', 'account', 'fake_seller', 'fake_advisor', 'blackmail', 'ransomware',
  'spam',
] as const;
export type FraudSituation = (typeof SITUATIONS)[number];

const CHOICE = `${FRAUD_DIALOG}.choice`;
const T = 'procedures/fraud';
const log = componentLogger('procedure.fraud');

export interface FraudDependencies extends NextStepOptions {
  content: Content;
}

/** True when money left the citizen's account: then there is an offence to report. */
function lostMoney(situation: FraudSituation, answer: boolean): boolean {
  return situation === 'card' ? !answer : answer;
}

/**
 * Card fraud and online scams: the urgent gestures first (block, change passwords, do not
 * pay), then the right channel (Perceval, THESEE, 17Cyber, PHAROS, 33700), then the
 * pré-plainte when money was lost.
 */
export class FraudDialog extends ProcedureDialog {
  constructor(private readonly deps: FraudDependencies) {
    super(FRAUD_DIALOG, deps.content);
    this.addDialog(new ChoiceTextPrompt(CHOICE, deps.content));
    this.addDialog(new WaterfallDialog(`${FRAUD_DIALOG}.steps`, [
      (step) => this.askSituation(step),
      (step) => this.askDetail(step),
      (step) => this.answer(step),
      (step) => takeNextStep(step, this.content, this.deps),
    ]));
    this.initialDialogId = `${FRAUD_DIALOG}.steps`;
  }

  private async askSituation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (startTopic(step) === 'faq.bank_fraud') {
      return step.next('card');
    }
    return step.prompt(CHOICE, askChoice(this.content, `${T}/ask_situation`, `${T}/labels`,
      SITUATIONS));
  }

  private async askDetail(step: WaterfallStepContext): Promise<DialogTurnResult> {
    remember(step, 'situation', step.result);
    if (step.result === 'spam') {
      return step.next('no');
    }
    const question = step.result === 'card' ? 'ask_card_in_hand' : 'ask_paid';
    return step.prompt(CHOICE, askChoice(this.content, `${T}/${question}`,
      'procedures/common/labels', ['yes', 'no']));
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const saved = recall(step, 'situation');
    const situation: FraudSituation = isOneOf(SITUATIONS, saved) ? saved : 'phishing';
    const yes = step.result === 'yes';
    const money = lostMoney(situation, yes);

    log.info('fraud.answered', { situation, lostMoney: money });
    await step.context.sendActivity(this.content.render(`${T}/${situation}`, {
      yes, lostMoney: money,
    }));

    const offers: NextStep[] = money ? ['pre_complaint', 'handoff', 'done'] : ['handoff', 'done'];
    return askNextStep(step, this.content, CHOICE, offers);
  }
}
