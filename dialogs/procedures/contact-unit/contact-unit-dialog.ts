import { MessageFactory } from 'botbuilder';
import {
  DialogTurnResult, PromptValidatorContext, TextPrompt, WaterfallDialog, WaterfallStepContext,
} from '../../framework';
import { communeLabel } from '../../prompts/commune';
import { MAX_COMMUNE_BUTTONS } from '../../prompts/communePick';
import { pickOrSearch } from '../../prompts/communeRepick';
import { failed } from '../../prompts/parsed';
import { ParsedTextPrompt } from '../../prompts/parsedTextPrompt';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import type { Commune, PostcodeDirectory } from '../../../geo/types';
import type { GeoPoint, UnitDirectory } from '../../../geo/units';
import { ProcedureDialog } from '../shared/procedure-dialog';
import { recall, remember } from '../shared/values';
import { distinctCommunes, findPlace, namedInRequest, PlaceAnswer, saysWhere } from './place';
import { renderNearest, renderPoliceZone, renderWithoutList } from './answer';

export const CONTACT_UNIT_DIALOG = 'procedure.contact_unit';

const PLACE_PROMPT = 'contact_unit.place';
const COMMUNE_PROMPT = 'contact_unit.commune';
const MAX_ATTEMPTS = 3;
const log = componentLogger('procedure.contact_unit');

export interface ContactUnitDependencies {
  content: Content;
  postcodes: PostcodeDirectory;
  /** Undefined until `npm run import:units` has been run. */
  units?: UnitDirectory;
}

/** Finds the closest gendarmerie units to where the citizen is, or says how to find them. */
export class ContactUnitDialog extends ProcedureDialog {
  private readonly deps: ContactUnitDependencies;

  constructor(deps: ContactUnitDependencies) {
    super(CONTACT_UNIT_DIALOG, deps.content);
    this.deps = deps;

    this.addDialog(new TextPrompt(PLACE_PROMPT, (prompt) => this.validatePlace(prompt)));
    // the same choice as the pré-plainte's: a button, a postcode or "15e" among Paris's 20
    // while choosing, another postcode or name is looked up afresh ("29200" after "saint")
    this.addDialog(new ParsedTextPrompt<Commune[]>(COMMUNE_PROMPT, (text, _activity, prompt) => {
      const candidates: unknown = prompt.validations;
      return isCommuneList(candidates) ? pickOrSearch(text, candidates, deps.postcodes)
        : failed('prompts/errors.commune_unknown');
    }, deps.content));
    this.addDialog(new WaterfallDialog(`${CONTACT_UNIT_DIALOG}.steps`, [
      (step) => this.askPlace(step),
      (step) => this.pickCommune(step),
      (step) => this.answer(step),
    ]));
    this.initialDialogId = `${CONTACT_UNIT_DIALOG}.steps`;
  }

  private async askPlace(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // "une brigade près de 42000": no need to ask what the citizen just said
    const place = findPlace(this.deps.postcodes, step.context.activity);
    if (place.kind !== 'not_found' && place.kind !== 'unknown_postcode' &&
      saysWhere(step.context.activity)) {
      return step.next();
    }
    // "la gendarmerie la plus proche de gap": the commune is given too
    const named = namedInRequest(this.deps.postcodes, step.context.activity);
    if (named.length > 0) {
      return step.next(named);
    }
    const prompt = MessageFactory.text(this.content.render('procedures/contact-unit/ask_place'));
    return step.prompt(PLACE_PROMPT, { prompt });
  }

  private async validatePlace(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const place = findPlace(this.deps.postcodes, prompt.context.activity);
    if (place.kind === 'communes' || prompt.attemptCount >= MAX_ATTEMPTS) {
      return true;
    }
    const key = place.kind === 'unknown_postcode' ? 'unknown_postcode' : 'not_found';
    const data = place.kind === 'unknown_postcode' ? { postcode: place.postcode } : {};
    await prompt.context.sendActivity(this.content.render(`procedures/contact-unit/${key}`, data));
    return false;
  }

  private async pickCommune(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const place: PlaceAnswer = isCommuneList(step.result)
      ? { kind: 'communes', communes: step.result }
      : findPlace(this.deps.postcodes, step.context.activity);
    remember(step, 'communes', place.kind === 'communes' ? place.communes : []);
    remember(step, 'point', place.kind === 'location' ? place.point : undefined);
    remember(step, 'source', place.kind);
    if (place.kind !== 'communes' || place.communes.length === 1) {
      return step.next();
    }
    return this.askWhich(step, place.communes);
  }

  private async askWhich(
    step: WaterfallStepContext,
    communes: Commune[],
  ): Promise<DialogTurnResult> {
    const buttons = communes.length <= MAX_COMMUNE_BUTTONS;
    return step.prompt(COMMUNE_PROMPT, {
      prompt: buttons ? this.content.render('procedures/contact-unit/which_commune')
        : this.content.render('prompts/errors.commune_pick_many', { count: communes.length }),
      choices: buttons ? communes.map(communeLabel) : [],
      validations: communes,
    });
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const saved = recall(step, 'communes');
    const communes = isCommuneList(saved) ? saved : [];
    const picked: unknown = step.result;
    if (isCommuneList(picked) && distinctCommunes(picked).length > 1) {
      // a new search gave several: the choice is asked again, its answer coming back here
      remember(step, 'communes', picked);
      const state: { stepIndex?: number } = step.activeDialog?.state ?? {};
      state.stepIndex = 1;
      return this.askWhich(step, distinctCommunes(picked));
    }
    const chosen = isCommuneList(picked) && picked.length > 0 ? picked[0] : communes[0];
    const shared = recall(step, 'point');
    const location = isGeoPoint(shared) ? shared : undefined;
    const commune: Commune | undefined = location ? undefined : chosen;
    const point: GeoPoint | undefined = location ?? commune;
    const units = this.deps.units;

    const where = commune ?? this.communeAt(location);
    const policeZone = renderPoliceZone(this.content, where);
    const text = policeZone ?? (units && point && units.size > 0
      ? renderNearest(this.content, units.nearest(point, 3), commune)
      : renderWithoutList(this.content, where));
    log.info('contact_unit.answered', {
      source: recall(step, 'source'), withList: Boolean(units && point), found: Boolean(point),
      policeZone: policeZone !== undefined,
    });

    await step.context.sendActivity(MessageFactory.text(text));
    return step.endDialog({});
  }

  /** Without a unit list, the commune of a shared location still helps the directory search. */
  private communeAt(point: GeoPoint | undefined): Commune | undefined {
    return point && this.deps.postcodes.nearestCommune?.(point.latitude, point.longitude);
  }
}

function isCommuneList(value: unknown): value is Commune[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' &&
    item !== null && 'inseeCode' in item && 'postcode' in item && 'latitude' in item);
}

function isGeoPoint(value: unknown): value is GeoPoint {
  return typeof value === 'object' && value !== null && 'latitude' in value &&
    'longitude' in value && typeof value.latitude === 'number' &&
    typeof value.longitude === 'number';
}
