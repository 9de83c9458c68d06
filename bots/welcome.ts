import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Content } from '../content/renderer';
import { withSuggestedActions } from '../dialogs/common/suggestedActions';
import { MENU_LABELS } from '../dialogs/main/mainDialog';

/** The welcome, said once per conversation, and its lines for channels that skip it. */
export class Welcome {
  constructor(
    private readonly welcomed: StatePropertyAccessor<boolean>,
    private readonly content: Content,
    private readonly noticeOnFirstMessage: boolean,
  ) {}

  /** Once per conversation, whichever of conversationUpdate or the join event comes. */
  async greet(context: TurnContext): Promise<void> {
    if (await this.welcomed.get(context, false)) {
      return;
    }
    await this.welcomed.set(context, true);

    const labels = MENU_LABELS.map((name) => this.content.render(`bot/labels.${name}`));
    await context.sendActivity(withSuggestedActions(this.content.render('bot/welcome'), labels));
  }

  /**
   * True once, on the first message of a conversation that got no welcome: Messenger and
   * Instagram send no conversationUpdate (tester16's F13), and the welcome's "not for
   * emergencies" and privacy lines must reach that citizen too.
   */
  async firstUnwelcomed(context: TurnContext): Promise<boolean> {
    if (!this.noticeOnFirstMessage || await this.welcomed.get(context, false)) {
      return false;
    }
    await this.welcomed.set(context, true);
    return true;
  }

  /**
   * The welcome's lines owed to that first message. After an emergency's numbers, "je ne
   * traite pas les urgences" would contradict what was just done (the numbers given, a
   * gendarme told): only the privacy line is said, after them.
   */
  async notice(context: TurnContext, afterEmergency: boolean): Promise<void> {
    await context.sendActivity(this.content.render(afterEmergency ? 'bot/firstMessagePrivacy'
      : 'bot/firstMessageNotice'));
  }
}
