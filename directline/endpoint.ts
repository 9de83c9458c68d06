import { randomBytes } from 'crypto';
import { ActivityTypes, type Activity, type ChannelAccount } from 'botbuilder';
import { componentLogger } from '../core/logger';
import { ApiError } from '../server/apiError';
import {
  DIRECTLINE_CHANNEL_ID, LOCAL_SERVICE_URL, type DirectLineAdapter, type TurnLogic,
} from './adapter';
import type { DirectLineChannel } from './channel';
import type { ActivityPage } from './conversationLog';
import { readIncomingActivity } from './incoming';
import type { TokenClaims, TokenService } from './tokens';
import type { TurnMarks } from './turnMarks';
import { TurnRecovery, type RecoveryReport } from './turnRecovery';

const log = componentLogger('directline');

export interface Grant {
  conversationId: string;
  userId: string;
  token: string;
  expiresIn: number;
}

export interface EndpointDeps {
  channel: DirectLineChannel;
  tokens: TokenService;
  adapter: DirectLineAdapter;
  /** The bot's turn, run by the adapter after its middleware. */
  logic: TurnLogic;
  /** Where a citizen's activity is marked answered once its turn ended. */
  marks: TurnMarks;
  /** The 400's message for a text over MAX_TEXT_LENGTH, in the citizen's language. */
  textTooLong?: string;
}

/** What recovery does with an activity it could not run: a gendarme gets the conversation. */
export type GiveUp = (activity: Activity) => Promise<void>;

/** Activities of the citizen the bot must answer: a crash before its turn ended replays them. */
const AWAITING_TYPES: readonly string[] = [ActivityTypes.Message, ActivityTypes.Event];

const TOKEN_MESSAGES = {
  malformed: 'the token is malformed',
  bad_signature: 'the token signature is not valid',
  expired: 'the token has expired',
} as const;

/** Who and where of a citizen's activity: always the server's, never the client's. */
export function citizenEnvelope(conversationId: string, userId: string,
  bot: ChannelAccount): Partial<Activity> {
  return {
    channelId: DIRECTLINE_CHANNEL_ID,
    serviceUrl: LOCAL_SERVICE_URL,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: citizenAccount(userId),
    recipient: bot,
  };
}

function citizenAccount(userId: string): ChannelAccount {
  return { id: userId, name: '', role: 'user' };
}

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * The Direct Line protocol, HTTP aside: conversations and their tokens, the citizen's
 * activities (stored, echoed, then handed to the bot) and reading the log. Bot turns run
 * after the HTTP answer, so an acknowledged message is a stored message whatever the bot
 * then does; `whenIdle` lets shutdown wait for them.
 */
export class DirectLineEndpoint {
  private readonly inFlight = new Set<Promise<void>>();
  private recovery?: TurnRecovery;

  constructor(private readonly deps: EndpointDeps) {}

  async createConversation(): Promise<Grant> {
    const conversationId = randomId(18);
    const userId = `dl_${randomId(12)}`;
    await this.deps.channel.log.create(conversationId, userId);

    log.info('conversation created', { conversationId });
    return { conversationId, userId, ...this.deps.tokens.issue(conversationId, userId) };
  }

  refresh(claims: TokenClaims): Grant {
    const issued = this.deps.tokens.issue(claims.conv, claims.user);
    return { conversationId: claims.conv, userId: claims.user, ...issued };
  }

  /** Claims of a bearer token that opens `conversationId` (any conversation when omitted). */
  async authorize(
    authorization: string | undefined, conversationId?: string,
  ): Promise<TokenClaims> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) {
      throw new ApiError(401, 'MissingToken', 'an Authorization header "Bearer <token>" is needed');
    }
    const claims = this.checkToken(match[1], conversationId);
    if (!(await this.deps.channel.log.get(claims.conv))) {
      throw new ApiError(404, 'ConversationNotFound', 'this conversation does not exist');
    }
    return claims;
  }

  checkToken(token: string, conversationId?: string): TokenClaims {
    const check = this.deps.tokens.verify(token);
    if (!check.ok) {
      const code = check.reason === 'expired' ? 'TokenExpired' : 'TokenInvalid';
      throw new ApiError(403, code, TOKEN_MESSAGES[check.reason]);
    }
    if (conversationId !== undefined && check.claims.conv !== conversationId) {
      throw new ApiError(403, 'TokenConversationMismatch', 'this token opens another conversation');
    }
    return check.claims;
  }

  /** Tells the bot, once per conversation, that the citizen joined: the bot greets. */
  async start(grant: Grant, locale?: string): Promise<void> {
    if (!(await this.deps.channel.log.markStarted(grant.conversationId))) {
      return;
    }
    const members = [this.deps.adapter.botAccount, citizenAccount(grant.userId)];
    this.dispatch({
      ...this.envelope(grant.conversationId, grant.userId),
      type: ActivityTypes.ConversationUpdate, membersAdded: members, locale,
      id: `${grant.conversationId}|start`, timestamp: new Date(),
    });
  }

  /** Stores and echoes the citizen's activity, then runs the bot's turn; returns its id. */
  async receive(claims: TokenClaims, body: unknown): Promise<string> {
    const incoming = readIncomingActivity(body, this.deps.textTooLong);

    const awaitsTurn = AWAITING_TYPES.includes(incoming.type ?? '');
    const { activity, seq } = await this.deps.channel.post(claims.conv, {
      ...incoming, ...this.envelope(claims.conv, claims.user),
    }, { awaitsTurn });

    this.dispatch(activity, awaitsTurn ? seq : undefined);
    return activity.id ?? '';
  }

  /**
   * Runs again the citizens' activities a crash left without their turn's end, before
   * any new activity of their conversations (turnRecovery.ts); once per start.
   */
  recover(giveUp: GiveUp, maxAttempts?: number): Promise<RecoveryReport | undefined> {
    const { adapter, logic, marks } = this.deps;
    this.recovery = new TurnRecovery({ marks, giveUp, maxAttempts,
      replay: (activity, retryLeft) => adapter.replay(activity, logic, retryLeft) });
    return this.recovery.start();
  }

  read(conversationId: string, watermark?: number): Promise<ActivityPage> {
    return this.deps.channel.log.after(conversationId, watermark);
  }

  async whenIdle(): Promise<void> {
    await this.recovery?.whenDone();
    while (this.inFlight.size > 0) {
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /** Runs the turn, after any replay of its conversation; then marks `seq` answered. */
  private dispatch(activity: Partial<Activity>, seq?: number): void {
    const conversationId = activity.conversation?.id ?? '';
    const run = (): Promise<void> => this.deps.adapter.processActivity(activity, this.deps.logic);
    const recovery = this.recovery;
    const started = recovery === undefined || recovery.done() ? run()
      : recovery.before(conversationId).then(run);

    const turn = started
      .catch((error: unknown) => {
        log.error('turn failed', {
          conversationId, activityType: activity.type,
          error: error instanceof Error ? error.name : 'unknown',
        });
      })
      // answered or failed, the turn ran: only a crash before this line leaves it to replay
      .then(() => (seq === undefined ? undefined : this.markDone(conversationId, seq)))
      .finally(() => this.inFlight.delete(turn));
    this.inFlight.add(turn);
  }

  private async markDone(conversationId: string, seq: number): Promise<void> {
    try {
      await this.deps.marks.done(conversationId, seq);
    } catch (error) {
      // the store is down: a restart would answer this message twice, never lose it
      log.error('directline.turn_mark_failed', { conversationId, seq,
        error: error instanceof Error ? error.name : 'unknown' });
    }
  }

  private envelope(conversationId: string, userId: string): Partial<Activity> {
    return citizenEnvelope(conversationId, userId, this.deps.adapter.botAccount);
  }
}
