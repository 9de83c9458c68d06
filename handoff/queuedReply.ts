import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { leavesContact } from '../nlu/masking';
import type { QueueAnnouncer } from './announcer';
import { message } from './citizen';
import { normalizeCommand } from './commands';
import { botKeepsAnswering } from './emergencyWaiting';
import type { HandoffConversation } from './model';
import type { HandoffQueue } from './queue';

const MINUTE_MS = 60_000;

/** No two replies to a waiting citizen within this time, however often they ask. */
export const REPLY_GAP_MS = 2 * MINUTE_MS;

/** A message that asks nothing is answered only after this long without any news. */
export const QUIET_GAP_MS = 10 * MINUTE_MS;

/** Longer text is something to pass on to the gendarme, not a "vous êtes là ?". */
const MAX_ASK_WORDS = 6;

/**
 * "vous êtes là ?", "allo ?", "y a quelqu'un ?", "ça avance ?": the citizen wonders whether
 * anyone reads, and is answered (tester F13 had no answer at all). Read on normalizeCommand()
 * text, which has no punctuation left.
 */
const ASKS_ANYONE = new RegExp('\\b(?:allo+|vous etes (?:la|encore la|toujours la)|t es la|'
  + '(?:il )?y a (?:quelqu un|qqn|qq1|personne)|ya (?:quelqu un|qqn|personne)|quelqu un|'
  + 'hello|ohe|on m entend|vous m entendez|vous me lisez|repondez|ca arrive|ca avance|'
  + 'ca vient|c est long|j attends|toujours rien|il se passe quoi|'
  // "vous m'avez bien noté ?": whether what they left reached anyone (tester21)
  + '(?:vous )?(?:m |me )?(?:avez )?bien (?:note|recu|enregistre)|vous avez (?:note|recu)|'
  + 'c est (?:bien )?(?:note|enregistre|parti)|ca a marche)\\b');

function asksWhetherAnyoneReads(text: string): boolean {
  const said = normalizeCommand(text);
  if (said === '') {
    // "?" or "??" alone
    return text.includes('?');
  }
  return said.split(' ').length <= MAX_ASK_WORDS && ASKS_ANYONE.test(said);
}

export interface QueuedReplyDeps {
  queue: HandoffQueue;
  announcer: QueueAnnouncer;
  content: Content;
}

/**
 * A citizen waiting for a gendarme (not after an emergency, where the bot still answers)
 * writes into silence: their messages are passed on, and nothing said so. Now and then,
 * not at every message, they hear that a gendarme will answer, their place in the queue
 * and the emergency numbers. The reply is claimed by a compare-and-set on its time, so
 * that two turns or two instances at once never send it twice.
 */
export class QueuedReply {
  constructor(private readonly deps: QueuedReplyDeps) {}

  /** A queued citizen's message, held from the bot; false: the bot answers it after all. */
  async relay(context: TurnContext, conversation: HandoffConversation, text: string):
  Promise<boolean> {
    if (botKeepsAnswering(context, conversation)) {
      return false;
    }
    await this.answer(context, conversation, text);
    return true;
  }

  private async answer(context: TurnContext, conversation: HandoffConversation, text: string):
  Promise<void> {
    if (leavesContact(text)) {
      // the queue's message invites a number to be called back on: its silence left the
      // citizen unsure it was received (tester20)
      await context.sendActivity(message(this.deps.content.render('handoff/contact-noted'),
        'system'));
      return;
    }

    const now = this.deps.queue.clock();
    const lastReply = conversation.waitingRepliedAt ?? 0;
    const lastNews = Math.max(lastReply, conversation.positionToldAt ?? 0);
    const due = now - lastReply >= REPLY_GAP_MS
      && (asksWhetherAnyoneReads(text) || now - lastNews >= QUIET_GAP_MS);
    if (!due) {
      return;
    }

    const claimed = await this.deps.queue.transition(conversation.id,
      { state: 'queued', waitingRepliedAt: conversation.waitingRepliedAt ?? null },
      { waitingRepliedAt: now });
    if (!claimed) {
      return;
    }
    const status = await this.deps.announcer.status(conversation.id);
    const reply = this.deps.content.render('handoff/still-waiting', {
      position: status?.position ?? 0, noAgent: status?.noAgent === true });
    await context.sendActivity(message(reply, 'system'));
  }
}
