import {
  ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Content } from '../../content/renderer';
import type { StolenItem } from '../../records/types';
import { parseEuroAmount } from '../prompts/amount';
import { foldWords } from '../prompts/normalize';
import { Parsed, failed, parsed } from '../prompts/parsed';
import { ParsedTextPrompt } from '../prompts/parsedTextPrompt';

/** Enough for a burglary inventory; beyond, the gendarme completes at the appointment. */
export const MAX_ITEMS = 20;

const DONE = new RegExp('^(aucun|aucune|rien|non|fini|termine|c est tout|c est fini|' +
  'pas d autre|plus rien|non merci|c est tout merci)$');

type ItemAnswer = { done: true } | { done: false; description: string };

export interface ItemsOptions {
  items: StolenItem[];
  damage: boolean;
}

function parseItem(text: string): Parsed<ItemAnswer> {
  const words = foldWords(text);
  if (DONE.test(words)) {
    return parsed({ done: true });
  }
  const description = text.trim().replace(/\s+/g, ' ');
  if (description.length < 2 || description.length > 200) {
    return failed('preComplaint/errors.item_description');
  }
  return parsed({ done: false, description });
}

function isItem(value: unknown): value is StolenItem {
  return typeof value === 'object' && value !== null && 'description' in value &&
    typeof value.description === 'string' && 'valueEuros' in value &&
    (value.valueEuros === null || typeof value.valueEuros === 'number');
}

function readOptions(value: unknown): ItemsOptions {
  if (typeof value !== 'object' || value === null) {
    return { items: [], damage: false };
  }
  const items = 'items' in value && Array.isArray(value.items) ? value.items.filter(isItem) : [];
  const damage = 'damage' in value && value.damage === true;
  return { items, damage };
}

function isAnswer(value: unknown): value is ItemAnswer {
  return typeof value === 'object' && value !== null && 'done' in value;
}

/** Stolen or damaged items one by one, each with its estimated value; ends with the list. */
export class ItemsDialog extends ComponentDialog {
  constructor(dialogId: string, private readonly content: Content) {
    super(dialogId);
    this.addDialog(new ParsedTextPrompt(`${dialogId}.item`, parseItem, content));
    this.addDialog(new ParsedTextPrompt(`${dialogId}.value`, parseEuroAmount, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.askItem(step),
      (step) => this.askValue(step),
      (step) => this.addItem(step),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }

  private async askItem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = readOptions(step.options);
    const key = options.items.length === 0 ? 'item_first' : 'item_more';
    return step.prompt(`${this.id}.item`, {
      prompt: this.content.render(`preComplaint/ask/${key}`, { damage: options.damage }),
    });
  }

  private async askValue(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer: unknown = step.result;
    if (!isAnswer(answer) || answer.done) {
      return step.endDialog(readOptions(step.options).items);
    }
    Object.assign(step.values, { description: answer.description });
    return step.prompt(`${this.id}.value`, {
      prompt: this.content.render('preComplaint/ask/item_value'),
    });
  }

  private async addItem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = readOptions(step.options);
    const description = 'description' in step.values ? String(step.values.description) : '';
    const value: unknown = step.result;
    const items = [...options.items, {
      description, valueEuros: typeof value === 'number' ? value : null,
    }];
    if (items.length >= MAX_ITEMS) {
      return step.endDialog(items);
    }
    return step.replaceDialog(`${this.id}.steps`, { items, damage: options.damage });
  }
}
