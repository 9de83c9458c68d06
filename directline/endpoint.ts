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
}

const TOKEN_MESSAGES = {
  malformed: 'the token is malformed',
  bad_signature: 'the token signature is not valid',
  expired: 'the token has expired',
} as const;

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
    const members = [this.deps.adapter.botAccount, this.user(grant.userId)];
    this.dispatch({
      ...this.envelope(grant.conversationId, grant.userId),
      type: ActivityTypes.ConversationUpdate, membersAdded: members, locale,
      id: `${grant.conversationId}|start`, timestamp: new Date(),
    });
  }

  /** Stores and echoes the citizen's activity, then runs the bot's turn; returns its id. */
  async receive(claims: TokenClaims, body: unknown): Promise<string> {
    const incoming = readIncomingActivity(body);

    const { activity } = await this.deps.channel.post(claims.conv, {
      ...incoming, ...this.envelope(claims.conv, claims.user),
    });

    this.dispatch(activity);
    return activity.id ?? '';
  }

  read(conversationId: string, watermark?: number): Promise<ActivityPage> {
    return this.deps.channel.log.after(conversationId, watermark);
  }

  async whenIdle(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.allSettled([...this.inFlight]);
    }
  }

  private dispatch(activity: Partial<Activity>): void {
    const turn = this.deps.adapter.processActivity(activity, this.deps.logic)
      .catch((error: unknown) => {
        log.error('turn failed', {
          conversationId: activity.conversation?.id, activityType: activity.type,
          error: error instanceof Error ? error.name : 'unknown',
        });
      })
      .finally(() => this.inFlight.delete(turn));
    this.inFlight.add(turn);
  }

  private user(userId: string): ChannelAccount {
    return { id: userId, name: '', role: 'user' };
  }

  private envelope(conversationId: string, userId: string): Partial<Activity> {
    return {
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: LOCAL_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: this.user(userId),
      recipient: this.deps.adapter.botAccount,
    };
  }
}
