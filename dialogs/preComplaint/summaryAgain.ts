import { Dialog, type DialogContext, type DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { foldWords } from '../prompts/normalize';
import type { FormState } from './draft';
import { IDS } from './ids';

const log = componentLogger('preComplaint.form');

/**
 * What a citizen types to say the answers are fine ("tout est correct", "c'est bon"): at a
 * question reopened from the summary it keeps the answer given before, and is never stored
 * as the new one (a tester's place became « tout est correct »).
 */
const ALL_GOOD = new RegExp('^(?:(?:non|ok|bon|ben|oui|alors|euh) )*(?:' + [
  'tout est (?:correct|bon|ok|juste|exact)', 'c est (?:tout )?(?:bon|correct|ok|juste|exact)',
  'c est parfait', 'parfait', 'ok', 'okay', 'oki', 'correct', 'rien a (?:changer|modifier)',
  '(?:il n y a )?rien (?:a|de) (?:change|modifie|changer|modifier)', 'pas de changement',
  'aucun changement', 'ca me va', 'ca va', 'valider', 'je valide', 'confirmer', 'je confirme',
  'c etait (?:bon|correct|juste)', 'finalement c est bon', 'laisse(?:z)? comme ca',
  'on garde(?: ca)?', 'je garde(?: ca)?', 'pareil', 'idem', 'comme avant',
].join('|') + ')(?: merci)?$');

export function saysAllGood(text: string): boolean {
  return ALL_GOOD.test(foldWords(text));
}

/** Questions where "c'est bon" would be stored as typed (or looked up as a commune). */
const FREE_TEXT: ReadonlySet<string> = new Set([IDS.placeDetails, IDS.longText,
  IDS.shortText, IDS.vehicleText, IDS.street, IDS.birthPlace, IDS.evidence, IDS.name,
  IDS.yesNo,
  IDS.commune]);

/** The fields answered before the summary reopened some, that still hold their answer. */
function restored(form: FormState, before: readonly string[]): string[] {
  const kept = before.filter((id) => id !== 'date' || form.draft.when !== undefined);
  return [...new Set([...form.answered, ...kept])];
}

/**
 * "tout est correct" typed at a question reopened from the summary: the earlier answers
 * stand and the summary comes back, instead of the words becoming the answer.
 */
export async function backToSummary(innerDc: DialogContext, form: FormState, content: Content):
Promise<DialogTurnResult | undefined> {
  const before = form.beforeReopen;
  const active = innerDc.activeDialog?.id ?? '';
  if (before === undefined || form.answered.includes('review') || !FREE_TEXT.has(active)
    || (active === IDS.yesNo && form.current !== 'placeKept')
    || !saysAllGood(innerDc.context.activity.text ?? '')) {
    return undefined;
  }

  log.info('summary again', { event: 'summary_again', field: form.current,
    conversationId: innerDc.context.activity.conversation?.id });
  delete form.draft.placeToConfirm;
  form.answered = restored(form, before);
  delete form.beforeReopen;
  await innerDc.context.sendActivity(content.render('preComplaint/kept_answer'));
  await innerDc.cancelAllDialogs();
  const started = await innerDc.beginDialog(IDS.main, { form });
  return started ?? Dialog.EndOfTurn;
}
