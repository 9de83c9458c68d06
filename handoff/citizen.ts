import { ActivityTypes, type Activity, type ConversationReference } from 'botbuilder';
import type { ProactiveSender } from '../core/channels';
import type { Content, TemplateData } from '../content/renderer';

/** Marks activities written by the handoff part, so that the transcript does not record
 * them a second time as bot turns. */
export const HANDOFF_MARK = 'brigadeHandoff';

export type CitizenMessageSource = 'agent' | 'system';

/** Everything the handoff part says to citizens goes through here, out of their turn. */
export class CitizenNotifier {
  constructor(private readonly sender: ProactiveSender, private readonly content: Content) {}

  /** A French template, rendered and sent. */
  async say(reference: Partial<ConversationReference>, key: string, data: TemplateData = {},
    extra: Partial<Activity> = {}): Promise<string> {
    const text = this.content.render(key, data);
    await this.sender.send(reference, [message(text, 'system', extra)]);
    return text;
  }

  /**
   * An agent's own words, relayed as they were typed, under the sender name "Gendarme":
   * the adapter takes `from` from the reference's bot account (same id, so channels that
   * check it still accept it), and Web Chat shows and reads that name.
   */
  async relay(reference: Partial<ConversationReference>, text: string): Promise<void> {
    const name = this.content.render('handoff/labels.agentName');
    const asAgent = reference.bot ? { ...reference, bot: { ...reference.bot, name } } : reference;
    await this.sender.send(asAgent, [message(text, 'agent')]);
  }

  async typing(reference: Partial<ConversationReference>): Promise<void> {
    await this.sender.send(reference, [{ type: ActivityTypes.Typing,
      channelData: { [HANDOFF_MARK]: 'agent' } }]);
  }

  async event(reference: Partial<ConversationReference>, activity: Partial<Activity>):
  Promise<void> {
    await this.sender.send(reference, [activity]);
  }
}

/**
 * A gendarme's own words go out as plain text, so that a "*" or "_" they type is shown as
 * typed; the handoff part's French templates are written in markdown like every other answer
 * of the assistant (the emergency notices stress "112" in bold), and their only data are
 * numbers (position, minutes).
 */
export function message(text: string, source: CitizenMessageSource,
  extra: Partial<Activity> = {}): Partial<Activity> {
  const textFormat = source === 'agent' ? 'plain' : 'markdown';
  return { type: ActivityTypes.Message, text, textFormat, ...extra,
    channelData: { [HANDOFF_MARK]: source } };
}

export function ratingActions(content: Content): Partial<Activity> {
  const values = ['1', '2', '3', '4', '5'];
  return { suggestedActions: { to: [], actions: values.map((value) => ({
    type: 'imBack', title: content.render(`handoff/labels.rating${value}`), value })) } };
}
