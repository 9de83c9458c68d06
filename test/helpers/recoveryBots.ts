import { ActivityHandler, ConversationState, type TurnContext } from 'botbuilder';
import type { AssistantFactory } from '../../server/compose';

/** The fields of a pretend form, asked in this order. */
export const FORM_FIELDS = ['objet', 'prix', 'adresse'] as const;

export interface FormBot {
  factory: AssistantFactory;
  /** Texts each turn received, in the order the turns ran. */
  turns: string[];
  /** Hand-overs asked by recovery, by conversation id. */
  handedOver: string[];
}

/**
 * A bot with a form kept in the store's conversation state: each message fills the next
 * field and is answered "<field>:<text>". A message "panne" throws (always); each turn
 * takes `delayMs`, so that a live message can arrive while recovery still runs.
 */
export function formBot(delayMs = 0): FormBot {
  const turns: string[] = [];
  const handedOver: string[] = [];

  const factory: AssistantFactory = async ({ database }) => {
    const state = new ConversationState(database.botStorage);
    const filled = state.createProperty<Record<string, string>>('filled');
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      turns.push(text);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (text === 'panne') {
        throw new Error('this turn always fails');
      }
      if (text !== 'rien') {
        const answers = await filled.get(context, {});
        const field = FORM_FIELDS.find((name) => answers[name] === undefined) ?? 'trop';
        await filled.set(context, { ...answers, [field]: text });
        await context.sendActivity(`${field}:${text}`);
      }
      await state.saveChanges(context);
      await next();
    });

    const handOverUnread = async (context: TurnContext): Promise<void> => {
      handedOver.push(context.activity.conversation.id);
      await context.sendActivity('handed over');
    };
    return { bot, middleware: [], ready: () => true, handOverUnread };
  };

  return { factory, turns, handedOver };
}
