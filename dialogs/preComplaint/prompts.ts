import type { ComponentDialog } from '../framework';
import type { Content } from '../../content/renderer';
import type { PostcodeDirectory } from '../../geo/types';
import { MAX_ACCOUNT_LENGTH } from '../../records/types';
import { ageOn, parseBirthDate } from '../prompts/birthDate';
import { parseBirthPlace } from '../prompts/birthPlace';
import { ChoiceTextPrompt } from '../prompts/choicePrompt';
import { CommuneDialog } from '../prompts/communeDialog';
import { DateDialog } from '../prompts/dateDialog';
import { parseOptionalEmail } from '../prompts/email';
import { failed } from '../prompts/parsed';
import { ParsedTextPrompt, TextParser } from '../prompts/parsedTextPrompt';
import { parseFrenchPhone } from '../prompts/phone';
import { parsePlaceDetails } from '../prompts/placeDetails';
import { parseShortAnswer } from '../prompts/shortAnswer';
import { parseHomeAddress } from '../prompts/streetAddress';
import { parsePlateOrNone } from '../prompts/plate';
import { parseFreeText, parsePersonName } from '../prompts/text';
import { Doubt, DoubtOncePrompt } from '../prompts/doubtOncePrompt';
import { describeDoubt } from '../prompts/unlikelyAnswer';
import { UnclearOncePrompt } from '../prompts/unclearOncePrompt';
import { parseDangerYesNo } from '../prompts/dangerYesNo';
import { parseYesNo, parseYesNoOrUnknown } from '../prompts/yesNo';
import { parseEvidence } from './evidence';
import { IDS } from './ids';
import { ItemsDialog } from './itemsDialog';
import { kindAtDanger } from './kindAtDanger';

const ADULT = 18;

const ERRORS = 'preComplaint/errors';

export interface PromptDeps {
  content: Content;
  directory: PostcodeDirectory;
  clock: () => Date;
}

/** Declares once every prompt the form's fields use; fields pass the question as options. */
export function addPrompts(component: ComponentDialog, deps: PromptDeps): void {
  const { content, directory, clock } = deps;
  const text = <V>(id: string, parse: TextParser<V>) =>
    component.addDialog(new ParsedTextPrompt<V>(id, parse, content));

  text(IDS.yesNo, parseYesNo);
  component.addDialog(new UnclearOncePrompt(IDS.dangerYesNo, (said) => {
    const answer = parseDangerYesNo(said);
    // the kind was kept (kindAtDanger.ts): nothing is left to come back to but the danger
    return !answer.ok && kindAtDanger(said, content) !== undefined
      ? failed<boolean>('preComplaint/errors.danger_kind_noted') : answer;
  }, true, content));
  text(IDS.yesNoUnknown, parseYesNoOrUnknown);
  component.addDialog(new ChoiceTextPrompt(IDS.choice, content));
  component.addDialog(new DateDialog(IDS.date, content, clock));
  component.addDialog(new CommuneDialog(IDS.commune, directory, content));
  text(IDS.shortText, parseShortAnswer);
  text(IDS.street, (said) => parseHomeAddress(said, directory));
  const doubtful = <V>(id: string, parse: TextParser<V>, doubt: Doubt) =>
    component.addDialog(new DoubtOncePrompt<V>(id, parse, doubt, content));
  doubtful(IDS.vehicleText, parseShortAnswer, describeDoubt(`${ERRORS}.vehicle_doubt`));
  doubtful(IDS.placeDetails, parsePlaceDetails, describeDoubt(`${ERRORS}.place_doubt`));
  text(IDS.birthPlace, parseBirthPlace);
  doubtful(IDS.longText, (said) => parseFreeText(said, { min: 10, max: MAX_ACCOUNT_LENGTH,
    tooLong: 'preComplaint/errors.account_too_long' }), describeDoubt(`${ERRORS}.account_doubt`));
  text(IDS.name, parsePersonName);
  text(IDS.adultBirthDate, (said) => {
    const day = parseBirthDate(said, clock());
    return day.ok && ageOn(day.value, clock()) < ADULT
      ? failed<string>('preComplaint/errors.minor_filer') : day;
  });
  text(IDS.minorBirthDate, (said) => {
    const day = parseBirthDate(said, clock());
    return day.ok && ageOn(day.value, clock()) >= ADULT
      ? failed<string>('preComplaint/errors.not_minor') : day;
  });
  text(IDS.phone, parseFrenchPhone);
  text(IDS.email, parseOptionalEmail);
  text(IDS.plate, parsePlateOrNone);
  // a witness's number or e-mail alone is evidence enough
  doubtful(IDS.evidence, parseEvidence,
    describeDoubt(`${ERRORS}.evidence_doubt`, ['email', 'phone']));
  component.addDialog(new ItemsDialog(IDS.items, content));
}
