import { MessageFactory } from 'botbuilder';
import {
  ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext,
} from '../framework';
import type { Content } from '../../content/renderer';
import { ChoiceTextPrompt } from '../prompts/choicePrompt';
import { Draft, involvesVehicle } from './draft';
import { askChoice } from './options';
import { CARD_CHANNELS, summaryCard, summaryText } from './summary';

/** Parts of the form the citizen can correct from the summary, and the fields they hold. */
export const SECTIONS = {
  offence: ['kind'],
  date: ['date'],
  place: ['commune', 'placeDetails'],
  account: ['account'],
  items: ['items'],
  vehicle: ['plate', 'vehicleDescription'],
  evidence: ['evidence'],
  filer: ['role', 'companyName', 'minorLastName', 'minorFirstName', 'minorBirthDate'],
  identity: ['lastName', 'firstName', 'birthDate', 'birthPlace'],
  address: ['street', 'homeCommune'],
  phone: ['phone'],
  email: ['email'],
  callback: ['callback'],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof SECTIONS;

/** The modify menu's way back to the summary. */
const NOTHING = 'nothing';

const SECTION_IDS = Object.keys(SECTIONS).filter((key): key is Section => key in SECTIONS);

export type ReviewResult = { action: 'confirm' } | { action: 'modify'; section: Section };

export function isReviewResult(value: unknown): value is ReviewResult {
  if (typeof value !== 'object' || value === null || !('action' in value)) {
    return false;
  }
  return value.action === 'confirm' ||
    (value.action === 'modify' && 'section' in value && typeof value.section === 'string' &&
      value.section in SECTIONS);
}

function draftOf(options: unknown): Draft {
  return typeof options === 'object' && options !== null && 'draft' in options &&
    typeof options.draft === 'object' && options.draft !== null ? options.draft : {};
}

/** Shows the summary (a card where the channel renders one) and asks to confirm or fix. */
export class ReviewDialog extends ComponentDialog {
  constructor(dialogId: string, private readonly content: Content) {
    super(dialogId);
    this.addDialog(new ChoiceTextPrompt(`${dialogId}.choice`, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.show(step),
      (step) => this.askSection(step),
      (step) => this.finish(step),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }

  private async show(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = draftOf(step.options);
    const summary = CARD_CHANNELS.includes(step.context.activity.channelId ?? '')
      ? MessageFactory.attachment(summaryCard(this.content, draft))
      : MessageFactory.text(summaryText(this.content, draft));
    await step.context.sendActivity(summary);
    return step.prompt(`${this.id}.choice`,
      askChoice(this.content, 'review', 'review', ['confirm', 'modify']));
  }

  private async askSection(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (step.result === 'confirm') {
      return step.endDialog({ action: 'confirm' } satisfies ReviewResult);
    }
    const vehicle = involvesVehicle(draftOf(step.options));
    const sections = SECTION_IDS.filter((section) => section !== 'vehicle' || vehicle);
    // "rien à modifier": a way back to the summary, which the menu lacked (tester13's F8)
    return step.prompt(`${this.id}.choice`,
      askChoice(this.content, 'review_section', 'section', [...sections, NOTHING]));
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const section: unknown = step.result;
    if (section === NOTHING) {
      return step.replaceDialog(`${this.id}.steps`, step.options);
    }
    const chosen = SECTION_IDS.find((known) => known === section);
    return step.endDialog(chosen ? { action: 'modify', section: chosen } satisfies ReviewResult
      : { action: 'confirm' });
  }
}
