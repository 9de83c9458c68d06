import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { interruptionFor } from '../../common/commands';
import { parseYesNo } from '../../prompts/yesNo';

const log = componentLogger('procedures.cancel');

const T = 'procedures/common';

/** Where the pending question « Voulez-vous vraiment abandonner ? » is remembered. */
export interface CancelFlag {
  cancelAsked?: boolean;
}

async function cancel(innerDc: DialogContext, content: Content): Promise<DialogTurnResult> {
  await innerDc.context.sendActivity(content.render('bot/cancel'));
  await innerDc.cancelAllDialogs(true);
  return { status: DialogTurnStatus.cancelled };
}

/**
 * "annuler" in a guided form that has answers asks once before throwing them away, as the
 * pré-plainte does: a tester lost every OTV answer to one word (F18). "oui" (or "annuler"
 * again) cancels, "non" asks the pending question again, and any other reply is taken as
 * the answer to that question. Undefined: the turn is not about cancelling.
 */
export async function confirmCancel(
  innerDc: DialogContext,
  flag: CancelFlag,
  answered: number,
  content: Content,
): Promise<DialogTurnResult | undefined> {
  const text = innerDc.context.activity.text ?? '';
  const cancelWords = interruptionFor(text) === 'cancel';
  const conversationId = innerDc.context.activity.conversation?.id;

  if (flag.cancelAsked === true) {
    flag.cancelAsked = false;
    const answer = parseYesNo(text);
    if (cancelWords || (answer.ok && answer.value)) {
      log.info('cancel confirmed', { event: 'cancel_confirmed', conversationId });
      return cancel(innerDc, content);
    }
    if (answer.ok) {
      await innerDc.context.sendActivity(content.render(`${T}/cancel_kept`));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return undefined;
  }

  if (!cancelWords || answered === 0) {
    return undefined;
  }
  flag.cancelAsked = true;
  log.info('cancel asked', { event: 'cancel_asked', conversationId });
  await innerDc.context.sendActivity(MessageFactory.suggestedActions(
    [content.render(`${T}/labels.yes`), content.render(`${T}/labels.no`)],
    content.render(`${T}/cancel_confirm`)));
  return Dialog.EndOfTurn;
}
