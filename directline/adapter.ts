import {
  ActivityEventNames, ActivityTypes, BotAdapter, INVOKE_RESPONSE_KEY, TurnContext,
  type Activity, type ChannelAccount, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import type { DirectLineChannel } from './channel';

export type TurnLogic = (context: TurnContext) => Promise<void>;

/** Channel id and service URL of the activities that come through our own endpoint. */
export const DIRECTLINE_CHANNEL_ID = 'directline';
export const LOCAL_SERVICE_URL = 'urn:brigade-numerique:directline';

type TurnErrorHandler = (context: TurnContext, error: Error) => Promise<void>;

/** Set in a turn's state when its middleware or logic threw (the error handler ran). */
const TURN_FAILED = Symbol('directline.turnFailed');

/** Set on a replayed turn that will be tried again if it fails: no error notice then. */
const RETRY_LEFT = Symbol('directline.retryLeft');

export const DEFAULT_BOT_ACCOUNT: ChannelAccount = {
  id: 'brigade-numerique', name: 'Brigade numérique', role: 'bot',
};

/** True when a conversation is served by our Direct Line endpoint, not by Azure channels. */
export function isLocalDirectLine(reference: Partial<ConversationReference>): boolean {
  return reference.serviceUrl === LOCAL_SERVICE_URL;
}

/** The turn of a proactive send (continueConversation), not a citizen's. */
function isContinuation(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event
    && activity.name === ActivityEventNames.ContinueConversation;
}

/**
 * The adapter of our Direct Line endpoint: the bot's replies go to the conversation log
 * and its open WebSockets instead of a Bot Framework connector. It runs the same
 * middleware and bot as the CloudAdapter.
 */
export class DirectLineAdapter extends BotAdapter {
  private errorHandler?: TurnErrorHandler;

  constructor(
    private readonly channel: DirectLineChannel,
    readonly botAccount: ChannelAccount = DEFAULT_BOT_ACCOUNT,
  ) {
    super();
  }

  /** Runs one incoming activity through the middleware and then `logic`. */
  async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  /**
   * Runs again an activity whose turn a crash cut off; true when the turn ended without
   * error. With `retryLeft` a failure is not told to the error handler: the citizen is not
   * told of a problem that the next try may not have.
   */
  async replay(activity: Partial<Activity>, logic: TurnLogic, retryLeft: boolean):
  Promise<boolean> {
    const context = new TurnContext(this, activity);
    context.turnState.set(RETRY_LEFT, retryLeft);
    await this.runMiddleware(context, logic);
    return context.turnState.get(TURN_FAILED) !== true;
  }

  override get onTurnError(): TurnErrorHandler {
    return this.failureAware;
  }

  override set onTurnError(handler: TurnErrorHandler) {
    this.errorHandler = handler;
  }

  async sendActivities(
    context: TurnContext, activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      responses.push(await this.sendOne(context, activity));
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('the Direct Line endpoint cannot update a sent activity');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('the Direct Line endpoint cannot delete a sent activity');
  }

  async continueConversation(
    reference: Partial<ConversationReference>, logic: TurnLogic,
  ): Promise<void> {
    const event: Partial<Activity> = {
      type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation,
    };
    const activity = TurnContext.applyConversationReference(event, reference, true);
    await this.processActivity(activity, logic);
  }

  override continueConversationAsync(
    botAppId: string, reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void>;
  override continueConversationAsync(
    claims: ClaimsIdentity, reference: Partial<ConversationReference>, logic: TurnLogic,
  ): Promise<void>;
  override continueConversationAsync(
    claims: ClaimsIdentity, reference: Partial<ConversationReference>, audience: string,
    logic: TurnLogic,
  ): Promise<void>;
  override async continueConversationAsync(
    _identity: string | ClaimsIdentity, reference: Partial<ConversationReference>,
    logicOrAudience: TurnLogic | string, maybeLogic?: TurnLogic,
  ): Promise<void> {
    // one bot, no tenants: the app id, claims and audience have nothing to select here
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) {
      throw new Error('continueConversationAsync needs a logic function');
    }
    await this.continueConversation(reference, logic);
  }

  private readonly failureAware = async (context: TurnContext, error: Error): Promise<void> => {
    context.turnState.set(TURN_FAILED, true);
    if (context.turnState.get(RETRY_LEFT) === true) {
      return;
    }
    if (this.errorHandler === undefined) {
      throw error;
    }
    await this.errorHandler(context, error);
  };

  private async sendOne(
    context: TurnContext, activity: Partial<Activity>,
  ): Promise<ResourceResponse> {
    if (activity.type === 'delay') {
      const ms = typeof activity.value === 'number' ? activity.value : 1000;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { id: '' };
    }

    // As the CloudAdapter does outside the Emulator: botbuilder-dialogs traces a snapshot
    // of the whole dialog state on every turn, which is neither for the citizen nor for
    // the log (it holds their answers), and was a stored write per turn.
    if (activity.type === ActivityTypes.Trace) {
      return { id: '' };
    }

    // the handoff protocol talks to a contact centre behind the channel; our Web Chat is no
    // such thing, and the event carries the whole transcript
    if (activity.type === ActivityTypes.Event && activity.name?.startsWith('handoff.')) {
      return { id: '' };
    }

    if (activity.type === ActivityTypes.InvokeResponse) {
      context.turnState.set(INVOKE_RESPONSE_KEY, activity);
      return { id: '' };
    }

    const conversationId = activity.conversation?.id;
    if (!conversationId) {
      throw new Error('an outgoing activity has no conversation id');
    }
    const from = { ...this.botAccount, ...activity.from, role: 'bot' };
    const { activity: stored } = await this.channel.post(conversationId, { ...activity, from },
      { proactive: isContinuation(context.activity) });
    return { id: stored.id ?? '' };
  }
}
