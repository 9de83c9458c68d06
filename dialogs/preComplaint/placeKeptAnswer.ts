import type { DialogContext, DialogTurnResult } from '../framework';
import { foldWords } from '../prompts/normalize';
import { parsePlaceDetails } from '../prompts/placeDetails';
import { parseYesNo } from '../prompts/yesNo';
import type { FormState } from './draft';
import { PLACE_KEPT } from './fields/facts';

/** "non, devant la mairie": the refusal said before the new place. */
const LEADING_NO = /^(?:non|nan|nn)\s*[,.;:!-]?\s+/iu;

/**
 * « Le lieu précis est-il toujours « devant la gare » ? » answered with the new place
 * ("devant la mairie") instead of "non" was refused (t97): the place given there is the new
 * place, kept as if "oui" had been said of it. A question or anything that is no place is
 * left to the yes / no prompt.
 */
export async function placeAtKeptQuestion(innerDc: DialogContext, form: FormState):
Promise<DialogTurnResult | undefined> {
  const said = (innerDc.context.activity.text ?? '').trim();
  const place = said.replace(LEADING_NO, '');
  const bare = place === said;
  if (form.current !== PLACE_KEPT || (bare && parseYesNo(said).ok) || said.includes('?')
    || foldWords(place) === '') {
    return undefined;
  }
  const read = parsePlaceDetails(place);
  if (!read.ok) {
    return undefined;
  }

  form.draft.placeDetails = read.value;
  return innerDc.endDialog(true);
}
