import { DialogTurnResult, WaterfallDialog, WaterfallStepContext } from '../framework';
import type { Content } from '../../content/renderer';
import type { Commune, PostcodeDirectory } from '../../geo/types';
import { communeLabel, findCommunes } from './commune';
import { MAX_COMMUNE_BUTTONS } from './communePick';
import { pickOrSearch } from './communeRepick';
import { failed } from './parsed';
import { ParsedTextPrompt } from './parsedTextPrompt';
import { QuestionWithFollowUp, type QuestionOptions } from './questionWithFollowUp';

export type CommuneDialogOptions = QuestionOptions;


function isCommune(item: unknown): item is Commune {
  return typeof item === 'object' && item !== null && 'inseeCode' in item &&
    'postcode' in item && 'name' in item && typeof item.name === 'string' &&
    typeof item.postcode === 'string';
}

function isCommuneList(value: unknown): value is Commune[] {
  return Array.isArray(value) && value.every(isCommune);
}

/**
 * Asks for a commune (name or postcode) checked against the La Poste directory; when
 * several communes match, asks which one: with buttons when they are few, by postcode or
 * arrondissement otherwise, any candidate being accepted either way. "retour" while
 * choosing asks for the commune again. Ends with the chosen Commune.
 */
export class CommuneDialog extends QuestionWithFollowUp {
  constructor(dialogId: string, directory: PostcodeDirectory,
    content: Content) {
    super(dialogId, 'pick', content);
    this.addDialog(new ParsedTextPrompt(this.askId, (text) => findCommunes(text, directory),
      content));
    this.addDialog(new ParsedTextPrompt(this.followUpId, (text, _activity, prompt) => {
      const candidates: unknown = prompt.validations;
      return isCommuneList(candidates) ? pickOrSearch(text, candidates, directory)
        : failed<Commune[]>('prompts/errors.commune_unknown');
    }, content));
    this.addDialog(new WaterfallDialog(`${dialogId}.steps`, [
      (step) => this.ask(step),
      (step) => this.pickOne(step),
      (step) => this.picked(step),
    ]));
    this.initialDialogId = `${dialogId}.steps`;
  }



  /** A new search while choosing gives a new list: the choice is asked again from it. */
  private async picked(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const chosen = isCommuneList(step.result) ? step.result : [];
    if (chosen.length > 1) {
      // as if asked from the choosing step, so that its answer comes back there
      const state: { stepIndex?: number } = step.activeDialog?.state ?? {};
      state.stepIndex = 1;
      return this.pickOne(step);
    }
    return step.endDialog(chosen[0]);
  }

  private async pickOne(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const candidates = isCommuneList(step.result) ? step.result : [];
    if (candidates.length === 1) {
      return step.endDialog(candidates[0]);
    }
    const buttons = candidates.length <= MAX_COMMUNE_BUTTONS;
    return step.prompt(this.followUpId, {
      prompt: this.content.render(buttons ? 'prompts/errors.commune_pick'
        : 'prompts/errors.commune_pick_many', { count: candidates.length }),
      choices: buttons ? candidates.map(communeLabel) : [],
      validations: candidates,
    });
  }
}
