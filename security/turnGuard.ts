import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { componentLogger } from '../core/logger';
import { isEmergencyText } from './emergency';
import { RateLimiter, type BucketSettings } from './rateLimit';

const log = componentLogger('security.limits');

/** One notice per minute at most: a flooding client must not make the bot flood back. */
const NOTICE_INTERVAL_MS = 60_000;

export interface TurnGuardDeps {
  limit: BucketSettings;
  /** The friendly French notice sent instead of an answer. */
  notice: string;
  now?: () => number;
}

/**
 * Adapter middleware (every channel): above the per-conversation turn limit the bot's
 * dialogs do not run and the citizen is told, kindly, to slow down. The message itself is
 * kept by the channel. Triage runs first: an emergency is always answered.
 */
export function createTurnGuard(deps: TurnGuardDeps): Middleware {
  const now = deps.now ?? Date.now;
  const limiter = new RateLimiter(deps.limit, now);
  const noticeAt = new Map<string, number>();

  const forgetOldNotices = (): void => {
    for (const [key, at] of noticeAt) {
      if (now() - at >= NOTICE_INTERVAL_MS) {
        noticeAt.delete(key);
      }
    }
  };

  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const { activity } = context;
      const conversationId = activity.conversation?.id;
      if (activity.type !== ActivityTypes.Message || !conversationId) {
        await next();
        return;
      }

      const key = `${activity.channelId}:${conversationId}`;
      if (limiter.take(key).allowed || isEmergencyText(activity.text)) {
        await next();
        return;
      }

      log.info('turn limited', { event: 'turn_limited', conversationId });
      const last = noticeAt.get(key);
      if (last === undefined || now() - last >= NOTICE_INTERVAL_MS) {
        if (noticeAt.size > 10_000) {
          forgetOldNotices();
        }
        noticeAt.set(key, now());
        await context.sendActivity(deps.notice);
      }
    },
  };
}
