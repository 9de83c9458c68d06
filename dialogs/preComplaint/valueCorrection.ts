import { Dialog, type DialogContext, type DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { parseEmail } from '../prompts/email';
import { parseFrenchDate } from '../prompts/frenchDate';
import { foldWords } from '../prompts/normalize';
import { parseFrenchPhone } from '../prompts/phone';
import type { FormState } from './draft';
import { PRE_COMPLAINT_FIELDS } from './fields';
import { IDS } from './ids';
import { zoneOfFacts } from './localTime';

const log = componentLogger('preComplaint.form');

type Corrected = 'phone' | 'email' | 'date';

/** How a message at the summary names the field it changes. */
const NAMES: ReadonlyArray<[Corrected, RegExp]> = [
  ['phone', /\b(?:telephone|tel|portable|mobile|numero)\b/],
  ['email', /\b(?:e ?mail|mail|courriel|adresse electronique)\b/],
  ['date', /\b(?:la date|le jour)\b/],
];

/** A longer text is no correction but something else the citizen tells. */
const MAX_WORDS = 15;

/** What comes before the date itself: "non la date c'était le 3 décembre". */
const DATE_INTRODUCTION = new RegExp('^.*?\\b(?:la date|le jour)\\b\\s*(?:des faits\\s*)?' +
  '(?:c\'est|c est|c\'était|c etait|c\'etait|était|etait|est|:)?\\s*', 'i');

/** The one field the message names; none when it names none or several. */
function namedField(text: string): Corrected | undefined {
  const words = foldWords(text);
  const count = words.split(' ').filter((word) => word !== '').length;
  const named = NAMES.filter(([, pattern]) => pattern.test(words));
  return count > 0 && count <= MAX_WORDS && named.length === 1 ? named[0][0] : undefined;
}

/** The value the message holds for the field, as that field's own prompt would return it. */
function valueFor(field: Corrected, text: string, form: FormState, now: Date): unknown {
  if (field === 'phone') {
    const phone = parseFrenchPhone(text);
    return phone.ok ? phone.value : undefined;
  }
  if (field === 'email') {
    // the address is the one word with an @; what surrounds it varies too much to strip
    const candidates = text.split(/\s+/).filter((word) => word.includes('@'));
    const email = candidates.length === 1 ? parseEmail(candidates[0]) : undefined;
    return email?.ok === true ? email.value : undefined;
  }
  const said = text.replace(DATE_INTRODUCTION, '').trim();
  const date = parseFrenchDate(said, now, zoneOfFacts(form.draft));
  return date.ok ? { ...date.value, said } : undefined;
}

/**
 * "non le téléphone c'est le 06 12 34 56 79" at the summary: the new value is stored and the
 * summary shown again, where the menu « Que voulez-vous modifier ? » made the citizen type it
 * twice (tester16's F9). A field named without a usable value leads to the menu as before.
 */
export async function correctValue(innerDc: DialogContext, form: FormState, content: Content,
  now: Date): Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  const named = form.current === 'review' ? namedField(text) : undefined;
  const value = named && valueFor(named, text, form, now);
  const field = PRE_COMPLAINT_FIELDS.find((candidate) => candidate.id === named);
  if (!named || value === undefined || !field) {
    return undefined;
  }

  const outcome = field.apply(form.draft, value,
    { content, now, activity: innerDc.context.activity });
  if (outcome.kind !== 'next') {
    return undefined;
  }

  log.info('value corrected', { event: 'value_corrected', field: named,
    conversationId: innerDc.context.activity.conversation?.id });
  await innerDc.context.sendActivity(content.render('preComplaint/value_correction'));
  await innerDc.cancelAllDialogs();
  const started = await innerDc.beginDialog(IDS.main, { form });
  return started ?? Dialog.EndOfTurn;
}
