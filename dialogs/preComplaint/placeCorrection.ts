import { Dialog, type DialogContext, type DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { foldWords } from '../prompts/normalize';
import { isDateCorrection } from './dateCorrection';
import type { FormState } from './draft';
import { IDS } from './ids';

const log = componentLogger('preComplaint.form');

/** How a correction goes: "en fait c'était pas…", "non pas au marché, à la gare". */
const CORRECTS = new RegExp('\\b(?:pardon|desole|desolee|dsl|oups|je me suis trompee?|'
  + 'erreur|je corrige|correction|en fait|c etait pas|ce n etait pas|ce etait pas|non pas|'
  + 'pas au|pas a la|pas devant|pas dans)\\b');

/** Words of a place: what a correction of the place speaks of. */
const PLACE_WORDS = new RegExp('\\b(?:au|aux|a la|a l|devant|derriere|dans le|dans la|'
  + 'pres de|a cote de|chez|rue|avenue|boulevard|place|parking|gare|marche|magasin|'
  + 'le lieu|l endroit)\\b');

/** A longer text is no correction but something the citizen tells. */
const MAX_WORDS = 15;

/** "en fait c'était pas au marché mais à la gare": the place given before, corrected. */
export function isPlaceCorrection(text: string): boolean {
  const words = foldWords(text);
  const count = words.split(' ').filter((word) => word !== '').length;
  return count > 0 && count <= MAX_WORDS && CORRECTS.test(words) && PLACE_WORDS.test(words)
    && !isDateCorrection(text);
}

/**
 * A correction of the place typed at the summary (tester15's F3) leads to the place question
 * again, as a typed date correction leads to the date; the summary comes back after it. Only
 * at the summary: at « Racontez… » such words belong to the account.
 */
export async function correctPlace(innerDc: DialogContext, form: FormState, content: Content):
Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  if (form.current !== 'review' || !form.answered.includes('placeDetails')
    || !isPlaceCorrection(text)) {
    return undefined;
  }

  log.info('place corrected', { event: 'place_corrected',
    conversationId: innerDc.context.activity.conversation?.id });
  form.answered = form.answered.filter((id) => id !== 'placeDetails');
  await innerDc.context.sendActivity(content.render('preComplaint/place_correction'));
  await innerDc.cancelAllDialogs();
  const started = await innerDc.beginDialog(IDS.main, { form });
  return started ?? Dialog.EndOfTurn;
}
