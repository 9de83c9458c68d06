import { MessageFactory } from 'botbuilder';
import {
  Dialog, type DialogContext, type DialogTurnResult, DialogTurnStatus,
} from '../framework';
import type { Content } from '../../content/renderer';
import { componentLogger } from '../../core/logger';
import { parseChoice } from '../prompts/choice';
import { foldWords } from '../prompts/normalize';
import { parseYesNo } from '../prompts/yesNo';
import type { FormState } from './draft';
import { ELIGIBILITY_KINDS } from './fields/eligibility';
import { IDS } from './ids';
import { label, labelled } from './options';
import type { PreComplaintOutcome } from './preComplaintDialog';

const log = componentLogger('preComplaint');

/** The closed questions where "finalement je l'ai perdu" changes the whole request. */
const HEARD_AT: readonly string[] = ['kind', 'review'];

const LOSS = /\b(?:perdu|perdue|perdus|perdues|perte|pertes|egare|egaree|egares|egarees)\b/;
/** "pas perdu", "je ne l'ai jamais égaré": no loss. */
const NO_LOSS = /\b(?:pas|jamais|ni)(?: [a-z]+){0,2} (?:perdu|perdue|perdus|perdues|egare)/;
/** "perdu ou volé ?": a theft still in the sentence is the form's business. */
const THEFT = /\b(?:vol|vols|vole|volee|voles|volees|voleur|voleurs|cambriole|cambriolee|pris)\b/;
/** "non finalement c'est bien un vol", "on me l'a volé": an offence after all. */
const OFFENCE_AFTER_ALL = new RegExp('\\b(?:c est|c etait|ca reste) (?:bien|quand meme|'
  + 'vraiment|bel et bien) (?:un |une )?(?:vol|cambriolage|degradation|escroquerie|arnaque)\\b|'
  + '\\b(?:on|il|elle|ils|elles) (?:me |m )?(?:l a|les a|l ont|les ont) (?:vole|volee|voles|'
  + 'volees|pris|prise)\\b');

/** Where « S'agit-il d'une perte ? » is remembered: the form dialog's own state. */
interface LossFlag {
  lossAsked?: boolean;
}

function flagOf(innerDc: DialogContext): LossFlag | undefined {
  return innerDc.stack.find((instance) => instance.id === IDS.form)?.state;
}

function saysLoss(words: string): boolean {
  return LOSS.test(words) && !NO_LOSS.test(words) && !THEFT.test(words);
}

/** The answer to « S'agit-il d'une perte ? »: undefined when it answers something else. */
function isLoss(words: string, text: string): boolean | undefined {
  if (OFFENCE_AFTER_ALL.test(words)) {
    return false;
  }
  const answer = parseYesNo(text);
  return answer.ok ? answer.value : saysLoss(words) || undefined;
}

/**
 * A loss told where the form asks what happened or to confirm the summary (a tester's "en
 * fait je crois que je l'ai juste perdu"): the pré-plainte is for offences, so the citizen
 * is asked whether it is one. "oui" ends it on what to do for a loss (lost papers, cards,
 * objects); "non, c'est bien un vol" goes on where the form was. Undefined: the turn is not
 * about a loss.
 */
export async function answerLoss(innerDc: DialogContext, form: FormState, content: Content):
Promise<DialogTurnResult | undefined> {
  const flag = flagOf(innerDc);
  const text = innerDc.context.activity.text ?? '';
  const words = foldWords(text);
  if (flag === undefined) {
    return undefined;
  }
  if (flag.lossAsked === true) {
    flag.lossAsked = false;
    return afterQuestion(innerDc, form, content, isLoss(words, text));
  }
  if (!HEARD_AT.includes(form.current ?? '') || !saysLoss(words)) {
    return undefined;
  }

  flag.lossAsked = true;
  await innerDc.context.sendActivity(MessageFactory.suggestedActions(
    [label(content, 'loss_yes'), label(content, 'loss_no')],
    content.render('preComplaint/loss_offer')));
  return Dialog.EndOfTurn;
}

async function afterQuestion(innerDc: DialogContext, form: FormState, content: Content,
  loss: boolean | undefined): Promise<DialogTurnResult | undefined> {
  if (loss === true) {
    log.debug('oriented', { event: 'oriented', orientation: 'loss' });
    await innerDc.context.sendActivity(content.render('preComplaint/orient/loss'));
    await innerDc.cancelAllDialogs();
    const outcome: PreComplaintOutcome = { outcome: 'oriented', orientation: 'loss' };
    return { status: DialogTurnStatus.complete, result: outcome };
  }
  const text = innerDc.context.activity.text ?? '';
  const namesKind = form.current === 'kind'
    && parseChoice(text, labelled(content, 'kind', ELIGIBILITY_KINDS)).ok;
  if (loss === undefined || namesKind) {
    // an answer to the pending question ("c'est bien un vol" where the kind is asked)
    return undefined;
  }

  await innerDc.context.sendActivity(content.render('preComplaint/cancel_kept'));
  await innerDc.repromptDialog();
  return Dialog.EndOfTurn;
}
