import {
  ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Content } from '../../content/renderer';
import type { Commune, PostcodeDirectory } from '../../geo/types';
import { ChoiceTextPrompt, choiceOptions } from './choicePrompt';
import { communeLabel, findCommunes } from './commune';
import { ParsedTextPrompt } from './parsedTextPrompt';

export interface CommuneDialogOptions {
  /** The question, already rendered. */
  prompt: string;
}

function isOptions(value: unknown): value is CommuneDialogOptions {
  return typeof value === 'object' && value !== null && 'prompt' in value &&
    typeof value.prompt === 'string';
}

function isCommuneList(value: unknown): value is Commune[] {
  return Array.isArray(value) && value.every((item) =>
    typeof item === 'object' && item !== null && 'inseeCode' in item && 'postcode' in item);
}

/**
 * Asks for a commune (name or postcode) checked against the La Poste directory; when
 * several communes match, asks which one with buttons. Ends with the chosen Commune.
 */
export class CommuneDialog extends ComponentDialog {
  private readonly askId: string;
  private readonly pickId: string;

  constructor(dialogId: string, directory: PostcodeDirectory, content: Content) {
    super(dialogId);
    this.askId = `${dialogId}.ask`;
    this.pickId = `${dialogId}.pick`;
    this.addDialog(new ParsedTextPrompt(this.askId, (text) => findCommunes(text, directory),
      content));
    this.addDialog(new ChoiceTextPrompt(this.pickId, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.ask(step),
      (step) => this.pickOne(step, content),
      (step) => this.finish(step),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const prompt = isOptions(step.options) ? step.options.prompt : '';
    return step.prompt(this.askId, { prompt });
  }

  private async pickOne(step: WaterfallStepContext, content: Content): Promise<DialogTurnResult> {
    const candidates = isCommuneList(step.result) ? step.result : [];
    if (candidates.length === 1) {
      return step.endDialog(candidates[0]);
    }
    Object.assign(step.values, { candidates });
    const options = candidates.map((commune) => ({
      value: commune.inseeCode + commune.postcode, label: communeLabel(commune),
    }));
    return step.prompt(this.pickId,
      choiceOptions(content.render('prompts/errors.commune_pick'), options));
  }

  private async finish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const saved = 'candidates' in step.values ? step.values.candidates : [];
    const candidates = isCommuneList(saved) ? saved : [];
    const chosen = candidates.find((commune) => commune.inseeCode + commune.postcode ===
      step.result);
    return step.endDialog(chosen);
  }
}
