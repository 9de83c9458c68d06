import type { DialogTurnResult, WaterfallStepContext } from '../../framework';
import type { Content } from '../../../content/renderer';
import type { Commune, PostcodeDirectory } from '../../../geo/types';
import { placeBeforePostcode } from '../../prompts/addressBeforePostcode';
import { recall, remember } from '../shared/values';
import { HomeDetails, homeDetails, isHomeDetails } from './homeDetails';
import { parseStreet } from './parsers';

const T = 'procedures/otv';
const DETAILS = 'homeDetails';

export interface CarryDeps {
  content: Content;
  postcodes: PostcodeDirectory;
  /** The access question's prompt, asked with another question when part is known. */
  accessId: string;
}

function isCommune(value: unknown): value is Commune {
  return typeof value === 'object' && value !== null && 'name' in value &&
    typeof value.name === 'string' && 'postcode' in value && typeof value.postcode === 'string';
}

function detailsOf(step: WaterfallStepContext): HomeDetails {
  const details = recall(step, DETAILS);
  return isHomeDetails(details) ? details : {};
}

/** "12 rue Garibaldi, 69003 Lyon" at the commune question: the street is not asked again. */
function streetGiven(step: WaterfallStepContext, postcodes: PostcodeDirectory):
string | undefined {
  const commune = recall(step, 'commune');
  const place = isCommune(commune)
    ? placeBeforePostcode(step.context.activity.text ?? '', commune) : undefined;
  const street = place === undefined ? undefined : parseStreet(place, postcodes);
  return street?.ok === true ? street.value : undefined;
}

/** What the home answer said beyond the kind, shown once so the citizen sees it kept. */
async function noteDetails(step: WaterfallStepContext, content: Content,
  details: HomeDetails): Promise<void> {
  const { access, alarm, keys } = details;
  if (access === undefined && alarm === undefined && keys === undefined) {
    return;
  }
  const said = (value: boolean): string => content.render(`${T}/labels.noted_${String(value)}`);
  await step.context.sendActivity(content.render(`${T}/noted_home`, {
    access,
    alarm: alarm === undefined ? undefined : said(alarm),
    keys: typeof keys === 'string' ? keys : keys === undefined ? undefined : said(keys),
  }));
}

/**
 * Answers given ahead of their question, taken when it comes: the street with the
 * commune, the access, the alarm and who has the keys with the kind of home (t89's F3).
 * Each is used once, so that "retour" or a correction asks the question itself. The turn
 * when a question is answered or asked here, undefined when it is to be asked as usual.
 */
export async function carryAhead(step: WaterfallStepContext, key: string, previous: string,
  deps: CarryDeps): Promise<DialogTurnResult | undefined> {
  const details = detailsOf(step);
  if (key === 'street' && previous === 'commune') {
    const street = streetGiven(step, deps.postcodes);
    return street === undefined ? undefined : step.next(street);
  }
  if (key === 'access' && previous === 'home') {
    const said = homeDetails(step.context.activity.text ?? '');
    remember(step, DETAILS, said);
    await noteDetails(step, deps.content, said);
    return said.access === undefined ? undefined
      : step.prompt(deps.accessId, { prompt: deps.content.render(`${T}/ask_access_more`) });
  }
  if (key === 'alarm' && previous === 'access' && details.access !== undefined) {
    // the access said with the home, and what the citizen added to it
    const added = recall(step, 'access');
    remember(step, 'access', [details.access, typeof added === 'string' ? added : '']
      .filter((part) => part !== '').join(', '));
    remember(step, DETAILS, { ...details, access: undefined });
  }
  if (key === 'alarm' && details.alarm !== undefined) {
    remember(step, DETAILS, { ...details, alarm: undefined });
    return step.next(details.alarm);
  }
  if (key === 'keys' && details.keys !== undefined) {
    remember(step, DETAILS, { ...details, keys: undefined });
    return step.next(details.keys);
  }
  return undefined;
}
