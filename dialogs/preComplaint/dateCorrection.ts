import { Dialog, type DialogContext, type DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { parseFrenchDate, type SaidDate } from '../prompts/frenchDate';
import { foldWords } from '../prompts/normalize';
import { visibleText } from '../prompts/visibleText';
import { toWallClock } from '../prompts/zonedTime';
import type { FormState } from './draft';
import { PRE_COMPLAINT_FIELDS } from './fields';
import { IDS } from './ids';
import { zoneOfFacts } from './localTime';
import { whenLine } from './summary';

const log = componentLogger('preComplaint.form');

/** How a correction of what was just said starts or goes: "ah non pardon", "pas hier". */
const CORRECTS = new RegExp('\\b(?:pardon|desole|desolee|dsl|oups|je me suis trompe|' +
  'je me suis trompee|je me suis goure|erreur|je corrige|correction|non c est|c est pas|' +
  'c etait pas|ce n etait pas|pas hier|pas avant hier|pas aujourd hui)\\b');

/**
 * Words that correct only with "c'était" beside them: "attendez c'était avant-hier en fait"
 * (tester F9), where "en fait hier soir on m'a volé…" is an account.
 */
const CORRECTS_WITH_WAS = /\b(?:attendez|attends|attend|en fait|finalement|plutot)\b/;
/** "c'était" as foldWords reads it ("c est etait"), or typed short. */
const WAS = /\b(?:c est etait|cetait|ct)\b/;

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
  const corrects = CORRECTS.test(words) || (CORRECTS_WITH_WAS.test(words) && WAS.test(words));
  return count > 0 && count <= MAX_WORDS && corrects && DATE_WORDS.test(words);
}

/**
 * The date the correction gives, as the date question would have read it; a time alone
 * ("vers 18h plutôt") is on the day already given. Undefined for a period worth asking the
 * day of, or words that give no date: the question is then asked again.
 */
export function correctedDate(text: string, form: FormState, now: Date): SaidDate | undefined {
  const zone = zoneOfFacts(form.draft);
  const said = visibleText(text).trim().slice(0, 200);
  const read = parseFrenchDate(said, now, zone);
  if (read.ok) {
    return read.value.vague === true ? undefined : { ...read.value, said };
  }

  const known = form.draft.when;
  if (read.error !== 'prompts/errors.date_day_missing' || !known
    || known.precision === 'range') {
    return undefined;
  }
  // the day written out keeps the words readable again in another zone (rereadInZone)
  const day = toWallClock(new Date(known.from), zone).toLocaleDateString('fr-FR',
    { day: '2-digit', month: '2-digit', year: 'numeric' });
  const onThatDay = `le ${day}, ${said}`;
  const timed = parseFrenchDate(onThatDay, now, zone);
  return timed.ok && timed.value.vague !== true ? { ...timed.value, said: onThatDay }
    : undefined;
}

/** The corrected date stored at once; false when the date field would not take it. */
function storeDate(innerDc: DialogContext, form: FormState, content: Content, now: Date,
  date: SaidDate | undefined): boolean {
  const field = PRE_COMPLAINT_FIELDS.find((candidate) => candidate.id === 'date');
  if (date === undefined || field === undefined) {
    return false;
  }
  const outcome = field.apply(form.draft, date,
    { content, now, activity: innerDc.context.activity });
  return outcome.kind === 'next';
}

/**
 * A correction of the date typed at a later question is not stored as that question's
 * answer (tester13's F10). The new date is stored and the question where the citizen was
 * comes back (tester F9); when the words hold no usable date, the date is asked again, then
 * the form goes on where it was. The fields answered since are kept either way. Undefined:
 * the turn is no such correction.
 */
export async function correctDate(innerDc: DialogContext, form: FormState, content: Content,
  now: Date): Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  if (form.current === 'date' || !form.answered.includes('date') || !isDateCorrection(text)) {
    return undefined;
  }

  const conversationId = innerDc.context.activity.conversation?.id;
  if (storeDate(innerDc, form, content, now, correctedDate(text, form, now))) {
    log.info('date corrected', { event: 'date_corrected', asked: false, conversationId });
    await innerDc.context.sendActivity(content.render('preComplaint/date_corrected',
      { when: whenLine(content, form.draft) }));
  } else {
    log.info('date corrected', { event: 'date_corrected', asked: true, conversationId });
    form.answered = form.answered.filter((id) => id !== 'date');
    await innerDc.context.sendActivity(content.render('preComplaint/date_correction'));
  }
  await innerDc.cancelAllDialogs();
  const started = await innerDc.beginDialog(IDS.main, { form });
  return started ?? Dialog.EndOfTurn;
}
