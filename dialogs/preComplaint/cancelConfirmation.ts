import type { DialogContext, DialogTurnResult } from '../framework';
import type { Content } from '../../content/renderer';
import {
  type CancelFlag, confirmCancel as confirmFormCancel,
} from '../procedures/shared/cancel-confirmation';
import type { FormState } from './draft';
import { IDS } from './ids';
import { label } from './options';

/**
 * From this many answers on, "annuler" / "laisse tomber" asks once before throwing the
 * draft away: a slip of the tongue must not cost ten minutes of answers. Before, and on
 * the web page's quick exit (which leaves the page without a word to the bot), it is
 * immediate.
 */
export const ANSWERS_BEFORE_CONFIRMATION = 4;

function flagOf(innerDc: DialogContext): CancelFlag | undefined {
  const instance = innerDc.stack.find((candidate) => candidate.id === IDS.form);
  return instance?.state;
}

/**
 * Handles "annuler" in a long pré-plainte and the answer to « Voulez-vous vraiment
 * abandonner ? » (the procedures' mechanism, with the pré-plainte's wording and threshold).
 * Undefined: the turn is not about cancelling, the form goes on with it.
 */
export async function confirmCancel(
  innerDc: DialogContext,
  form: FormState,
  content: Content,
): Promise<DialogTurnResult | undefined> {
  const flag = flagOf(innerDc);
  if (flag === undefined) {
    return undefined;
  }
  return confirmFormCancel(innerDc, flag, form.answered.length, content, {
    kept: 'preComplaint/cancel_kept', confirm: 'preComplaint/cancel_confirm',
    yes: label(content, 'yes'), no: label(content, 'no'),
    minAnswers: ANSWERS_BEFORE_CONFIRMATION, reask: 'preComplaint/cancel_reask',
  });
}
