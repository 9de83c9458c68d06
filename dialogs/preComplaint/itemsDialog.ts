import {
  ComponentDialog, DialogContext, DialogTurnResult, WaterfallDialog, WaterfallStepContext,
} from '../framework';
import type { StepsBack } from '../common/stepBack';
import type { Content } from '../../content/renderer';
import type { StolenItem } from '../../records/types';
import { parseEuroAmount } from '../prompts/amount';
import { isBareReply } from '../prompts/bareReply';
import { foldWords } from '../prompts/normalize';
import { Parsed, failed, parsed } from '../prompts/parsed';
import { DoubtOncePrompt } from '../prompts/doubtOncePrompt';
import { ParsedTextPrompt } from '../prompts/parsedTextPrompt';
import { describeDoubt } from '../prompts/unlikelyAnswer';
import { stolenItemsAdvice } from './itemAdvice';

/** Enough for a burglary inventory; beyond, the gendarme completes at the appointment. */
export const MAX_ITEMS = 20;

const DONE = new RegExp('^((non|bon|ok|alors) )?(aucun|aucune|rien|rien d autre|rien de plus|' +
  'non|fini|termine|c est tout|c est fini|c est bon|ca sera tout|ce sera tout|voila|' +
  'voila tout|pas d autre|pas d autres|pas d autre objet|plus rien|plus aucun|non merci|' +
  'je n ai rien d autre|il n y a rien d autre|(?:aucun|aucune) autres?(?: objets?| chose)?|'
  + 'pas d autre chose|rien d autre a declarer)( merci)?$');

type ItemAnswer = { done: true } | { done: false; description: string };

export interface ItemsOptions {
  items: StolenItem[];
  damage: boolean;
  /** "retour" at the next item: this item's value is asked again. */
  redo?: string;
}

/** "cest tout", "c tout", "jai": the apostrophe people leave out on a phone. */
function withApostrophes(words: string): string {
  return words.replace(/\bcest\b/g, 'c est').replace(/\bc tout\b/g, 'c est tout')
    .replace(/\bjai\b/g, 'j ai').replace(/\bya\b/g, 'y a').replace(/\bdautre/g, 'd autre');
}

function parseItem(text: string): Parsed<ItemAnswer> {
  const words = withApostrophes(foldWords(text));
  if (DONE.test(words)) {
    return parsed({ done: true });
  }
  // "oui" or "👍" was kept as the stolen object (t99)
  if (isBareReply(text)) {
    return failed('preComplaint/errors.item_bare');
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
  const redo = 'redo' in value && typeof value.redo === 'string' ? value.redo : undefined;
  return redo === undefined ? { items, damage } : { items, damage, redo };
}

function isAnswer(value: unknown): value is ItemAnswer {
  return typeof value === 'object' && value !== null && 'done' in value;
}

/**
 * Stolen or damaged items one by one, each with its estimated value; ends with the list.
 * "retour" stays in the list: from a value to its item, from an item to the previous value.
 */
export class ItemsDialog extends ComponentDialog implements StepsBack {
  constructor(dialogId: string, private readonly content: Content) {
    super(dialogId);
    this.addDialog(new DoubtOncePrompt(`${dialogId}.item`, parseItem,
      describeDoubt('preComplaint/errors.item_doubt'), content));
    this.addDialog(new ParsedTextPrompt(`${dialogId}.value`, parseEuroAmount, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.askItem(step),
      (step) => this.askValue(step),
      (step) => this.addItem(step),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }

  async stepBack(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const inner = dc.child;
    const active = inner?.activeDialog?.id;
    const steps = inner?.stack[0];
    const options = readOptions(steps?.state?.options);
    const last = options.items[options.items.length - 1];
    if (inner === undefined || (active !== `${this.id}.value` && last === undefined)) {
      // at the first item: the question before the list, in the host
      return undefined;
    }

    await dc.context.sendActivity(this.content.render('preComplaint/back'));
    const restart: ItemsOptions = active === `${this.id}.value`
      ? { items: options.items, damage: options.damage }
      : { items: options.items.slice(0, -1), damage: options.damage, redo: last?.description };
    await inner.cancelAllDialogs();
    return inner.beginDialog(`${this.id}.steps`, restart);
  }

  private async askItem(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = readOptions(step.options);
    if (options.redo !== undefined) {
      return step.next({ done: false, description: options.redo } satisfies ItemAnswer);
    }
    const key = options.items.length === 0 ? 'item_first' : 'item_more';
    return step.prompt(`${this.id}.item`, {
      prompt: this.content.render(`preComplaint/ask/${key}`, { damage: options.damage }),
    });
  }

  private async askValue(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer: unknown = step.result;
    if (!isAnswer(answer) || answer.done) {
      const { items, damage } = readOptions(step.options);
      // a card to block is said while it still matters, not after twenty more questions
      const advice = damage ? undefined : stolenItemsAdvice(items, this.content);
      if (advice !== undefined) {
        await step.context.sendActivity(advice);
      }
      return step.endDialog(items);
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
    return step.replaceDialog(`${this.id}.steps`,
      { items, damage: options.damage } satisfies ItemsOptions);
  }
}
