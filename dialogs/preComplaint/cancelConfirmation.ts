import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { interruptionFor } from '../common/commands';
import { parseYesNo } from '../prompts/yesNo';
import type { FormState } from './draft';
import { IDS } from './ids';
import { label } from './options';

const log = componentLogger('preComplaint.cancel');

/**
 * From this many answers on, "annuler" / "laisse tomber" asks once before throwing the
 * draft away: a slip of the tongue must not cost ten minutes of answers. Before, and on
 * the web page's quick exit (which leaves the page without a word to the bot), it is
 * immediate.
 */
export const ANSWERS_BEFORE_CONFIRMATION = 4;

interface CancelFlag {
  cancelAsked?: boolean;
}

function flagOf(innerDc: DialogContext): CancelFlag | undefined {
  const instance = innerDc.stack.find((candidate) => candidate.id === IDS.form);
  return instance?.state;
}

async function cancel(innerDc: DialogContext, content: Content): Promise<DialogTurnResult> {
  await innerDc.context.sendActivity(content.render('bot/cancel'));
  await innerDc.cancelAllDialogs(true);
  return { status: DialogTurnStatus.cancelled };
}

/**
 * Handles "annuler" in a long pré-plainte and the answer to « Voulez-vous vraiment
 * abandonner ? ». Undefined: the turn is not about cancelling, the form goes on with it
 * (an answer to the pending question typed instead of oui/non is taken as that answer).
 */
export async function confirmCancel(
  innerDc: DialogContext,
  form: FormState,
  content: Content,
): Promise<DialogTurnResult | undefined> {
  const flag = flagOf(innerDc);
  const text = innerDc.context.activity.text;
  const cancelWords = interruptionFor(text) === 'cancel';
  const conversationId = innerDc.context.activity.conversation?.id;

  if (flag?.cancelAsked === true) {
    flag.cancelAsked = false;
    const answer = parseYesNo(text ?? '');
    if (cancelWords || (answer.ok && answer.value)) {
      log.info('cancel confirmed', { event: 'cancel_confirmed', conversationId });
      return cancel(innerDc, content);
    }
    if (answer.ok) {
      await innerDc.context.sendActivity(content.render('preComplaint/cancel_kept'));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return undefined;
  }

  if (!cancelWords || flag === undefined || form.answered.length < ANSWERS_BEFORE_CONFIRMATION) {
    return undefined;
  }
  flag.cancelAsked = true;
  log.info('cancel asked', { event: 'cancel_asked', conversationId });
  await innerDc.context.sendActivity(MessageFactory.suggestedActions(
    [label(content, 'yes'), label(content, 'no')], content.render('preComplaint/cancel_confirm')));
  return Dialog.EndOfTurn;
}
