import { Dialog, type DialogContext, type DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { foldWords } from '../prompts/normalize';
import type { FormState } from './draft';
import { IDS } from './ids';

const log = componentLogger('preComplaint.form');

/** How a correction of what was just said starts or goes: "ah non pardon", "pas hier". */
const CORRECTS = new RegExp('\\b(?:pardon|desole|desolee|dsl|oups|je me suis trompe|' +
  'je me suis trompee|je me suis goure|erreur|je corrige|correction|non c est|c est pas|' +
  'c etait pas|ce n etait pas|pas hier|pas avant hier|pas aujourd hui)\\b');

/** Words of a day or an hour: what a correction of the date speaks of. */
const DATE_WORDS = new RegExp('\\b(?:hier|avant hier|aujourd hui|ce matin|ce soir|cette nuit|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|' +
  'juillet|aout|septembre|octobre|novembre|decembre|semaine derniere|la date|le jour|' +
  'l heure|\\d{1,2}h|\\d{1,2} \\d{1,2}(?: \\d{2,4})?)\\b');

/** A longer text is the account it was asked for, which may name a day. */
const MAX_WORDS = 15;

/** "ah non pardon c'était avant hier pas hier": the date given before, corrected. */
export function isDateCorrection(text: string): boolean {
  const words = foldWords(text);
  const count = words.split(' ').filter((word) => word !== '').length;
  return count > 0 && count <= MAX_WORDS && CORRECTS.test(words) && DATE_WORDS.test(words);
}

/**
 * A correction of the date typed at a later question is not stored as that question's
 * answer (tester13's F10): the date is asked again, then the form goes on where it was
 * (the fields answered since are kept). Undefined: the turn is no such correction.
 */
export async function correctDate(innerDc: DialogContext, form: FormState, content: Content):
Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  if (form.current === 'date' || !form.answered.includes('date') || !isDateCorrection(text)) {
    return undefined;
  }

  log.info('date corrected', { event: 'date_corrected',
    conversationId: innerDc.context.activity.conversation?.id });
  form.answered = form.answered.filter((id) => id !== 'date');
  await innerDc.context.sendActivity(content.render('preComplaint/date_correction'));
  await innerDc.cancelAllDialogs();
  const started = await innerDc.beginDialog(IDS.main, { form });
  return started ?? Dialog.EndOfTurn;
}
