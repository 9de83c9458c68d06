import { MessageFactory } from 'botbuilder';
import { Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from '../../framework';
import type { Content } from '../../../content/renderer';
import { componentLogger } from '../../../core/logger';
import { interruptionFor } from '../../common/commands';
import { innermostInstance } from '../../common/dialogStack';
import { CHOICE_WITHDRAWN, parseChoice } from '../../prompts/choice';
import { askedChoices } from '../../prompts/choicePrompt';
import { foldWords } from '../../prompts/normalize';
import { parsed } from '../../prompts/parsed';
import { parseYesNo } from '../../prompts/yesNo';

const log = componentLogger('procedures.cancel');

const T = 'procedures/common';

/**
 * "non non je continue finalement", "je continue": a no to « Voulez-vous vraiment
 * abandonner ? », which parseYesNo leaves unread (tester13's F8).
 */
const GOES_ON = new RegExp('^(?:(?:non|nan|nn|ah|bon|euh)(?: non)? )*(?:(?:je|on) ' +
  '(?:continue|continues|poursuis|reste)|continuer|on y va|je veux continuer)' +
  '(?: (?:finalement|alors|quand meme|en fait|merci))*$');

/** Where the pending question « Voulez-vous vraiment abandonner ? » is remembered. */
export interface CancelFlag {
  cancelAsked?: boolean;
  /** The question was asked again after a reply that was neither yes nor no. */
  cancelReasked?: boolean;
}

async function cancel(innerDc: DialogContext, content: Content): Promise<DialogTurnResult> {
  await innerDc.context.sendActivity(content.render('bot/cancel'));
  await innerDc.cancelAllDialogs(true);
  return { status: DialogTurnStatus.cancelled };
}

/**
 * "annuler" in a guided form that has answers asks once before throwing them away, as the
 * pré-plainte does: a tester lost every OTV answer to one word (F18). "oui" (or "annuler"
 * again) cancels, "non" asks the pending question again. Any other reply ("peut être",
 * "bonjour") is no answer to the form's question either (t65: it was stored as one): the
 * confirmation is asked once more; a second such reply keeps the answers, as "non" does.
 */
/** What a form says around the question; the procedures' own wording by default. */
export interface CancelWording {
  /** Templates: the answers are kept / « Voulez-vous vraiment abandonner ? ». */
  kept: string;
  confirm: string;
  yes: string;
  no: string;
  /** Answers given before "annuler" asks first; fewer cancel at once. */
  minAnswers: number;
  /** Template: the question asked again after a reply that was neither yes nor no. */
  reask: string;
}

function procedureWording(content: Content): CancelWording {
  return { kept: `${T}/cancel_kept`, confirm: `${T}/cancel_confirm`,
    yes: content.render(`${T}/labels.yes`), no: content.render(`${T}/labels.no`), minAnswers: 1,
    reask: `${T}/cancel_reask` };
}

/**
 * "c'était une fausse alerte" at a closed question: the citizen takes the request back, and
 * no option fits; asked whether to stop, however few the answers, since no word said
 * "annuler". Not at a yes / no question, where "en fait non" is the answer.
 */
function withdrawsAtChoice(innerDc: DialogContext, text: string): boolean {
  const options = askedChoices(innermostInstance(innerDc.stack));
  if (options.length === 0) {
    return false;
  }
  const answer = parseChoice(text, options);
  return !answer.ok && answer.error === CHOICE_WITHDRAWN;
}

async function answerToConfirmation(innerDc: DialogContext, flag: CancelFlag,
  content: Content, wording: CancelWording): Promise<DialogTurnResult> {
  const text = innerDc.context.activity.text ?? '';
  const conversationId = innerDc.context.activity.conversation?.id;
  const reasked = flag.cancelReasked === true;
  flag.cancelAsked = false;
  flag.cancelReasked = false;

  const goesOn = GOES_ON.test(foldWords(text));
  const answer = goesOn ? parsed(false) : parseYesNo(text);
  if (interruptionFor(text) === 'cancel' || (answer.ok && answer.value)) {
    log.info('cancel confirmed', { event: 'cancel_confirmed', conversationId });
    return cancel(innerDc, content);
  }

  if (!answer.ok && !reasked) {
    flag.cancelAsked = true;
    flag.cancelReasked = true;
    log.info('cancel asked again', { event: 'cancel_reasked', conversationId });
    await innerDc.context.sendActivity(MessageFactory.suggestedActions(
      [wording.yes, wording.no], content.render(wording.reask)));
    return Dialog.EndOfTurn;
  }
  await innerDc.context.sendActivity(content.render(wording.kept));
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}

export async function confirmCancel(
  innerDc: DialogContext,
  flag: CancelFlag,
  answered: number,
  content: Content,
  wording: CancelWording = procedureWording(content),
): Promise<DialogTurnResult | undefined> {
  if (flag.cancelAsked === true) {
    return answerToConfirmation(innerDc, flag, content, wording);
  }

  const text = innerDc.context.activity.text ?? '';
  const cancelWords = interruptionFor(text) === 'cancel';
  const conversationId = innerDc.context.activity.conversation?.id;
  const asking = cancelWords ? answered >= wording.minAnswers
    : withdrawsAtChoice(innerDc, text);
  if (!asking) {
    return undefined;
  }
  flag.cancelAsked = true;
  log.info('cancel asked', { event: 'cancel_asked', conversationId });
  await innerDc.context.sendActivity(MessageFactory.suggestedActions(
    [wording.yes, wording.no], content.render(wording.confirm)));
  return Dialog.EndOfTurn;
}
