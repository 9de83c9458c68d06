import type { Server } from 'restify';
import type { Collection, Subscription } from '../storage/types';
import { DirectLineAdapter, isLocalDirectLine, type TurnLogic } from './adapter';
import { DirectLineChannel } from './channel';
import {
  ACTIVITIES_SPEC, CONVERSATIONS_SPEC, CollectionConversationLog, type ConversationRecord,
  type LoggedActivity, type LoggedMessages,
} from './conversationLog';
import { DirectLineEndpoint } from './endpoint';
import { feedStreams, type ActivityChanges } from './feed';
import { MemoryCollection } from './memoryCollection';
import { registerDirectLineRoutes } from './routes';
import { StreamHub } from './streamHub';
import { TokenService } from './tokens';
import { CollectionTurnMarks } from './turnMarks';
import type { RecoveryReport } from './turnRecovery';
import type { GiveUp } from './endpoint';
import { directLineStreams, type UpgradeHandler } from './websocket';

export { DIRECTLINE_CHANNEL_ID, LOCAL_SERVICE_URL, isLocalDirectLine } from './adapter';
export { DirectLineAdapter } from './adapter';
export { ACTIVITIES_SPEC, CONVERSATIONS_SPEC, type LoggedMessages } from './conversationLog';
export type { ActivityChanges } from './feed';
export type { GiveUp } from './endpoint';
export { DEFAULT_REPLAY_ATTEMPTS, type RecoveryReport } from './turnRecovery';
export { refuseUpgrade, type UpgradeHandler } from './websocket';

export interface DirectLineOptions {
  /** DIRECTLINE_SECRET or the one kept in DATA_DIR (server/compose.ts); a random
   * per-process secret when undefined (tests). */
  secret?: string;
  tokenLifetimeSeconds?: number;
  /** Days a conversation and its activities are kept after its last activity. */
  retentionDays?: number;
  keepAliveMs?: number;
  /** How long a stream waits for a missing activity before reading the log instead. */
  gapWaitMs?: number;
  /** Storage collections for the log; process memory when omitted. */
  conversations?: Collection<ConversationRecord>;
  activities?: Collection<LoggedActivity>;
  /** The 400's message for a text over MAX_TEXT_LENGTH (English when omitted). */
  textTooLong?: string;
}

export interface DirectLine {
  adapter: DirectLineAdapter;
  endpoint: DirectLineEndpoint;
  /** Its conversations' messages, for the handoff transcript (which then keeps no copy). */
  messages: LoggedMessages;
  /** Adds the REST routes under /v3/directline. */
  register(server: Server): void;
  /** Takes the WebSocket upgrades of /v3/directline/conversations/:id/stream. */
  handleUpgrade: UpgradeHandler;
  /**
   * Delivers to this instance's streams the activities stored by any instance (several
   * instances behind a load balancer): one subscription for all the sockets.
   */
  follow(changes: ActivityChanges, onError: (error: Error) => void): Subscription;
  /** Reads the log for every open stream (after the change feed was lost for a while). */
  catchUp(): Promise<void>;
  /**
   * Runs again the citizens' messages acknowledged before a crash whose turn never ended;
   * their conversations' new messages wait for it. Call once, on start.
   */
  recover(giveUp: GiveUp, maxAttempts?: number): Promise<RecoveryReport | undefined>;
  /** Waits for the bot turns in flight. */
  whenIdle(): Promise<void>;
  /** Closes every stream (1001): call after the HTTP server stopped accepting. */
  closeStreams(): void;
}

/** Builds our Direct Line v3 endpoint; the bot's turn (`logic`) runs on its adapter. */
export function createDirectLine(logic: TurnLogic, options: DirectLineOptions = {}): DirectLine {
  const activities = options.activities
    ?? new MemoryCollection<LoggedActivity>(ACTIVITIES_SPEC);
  const log = new CollectionConversationLog(
    options.conversations ?? new MemoryCollection<ConversationRecord>(CONVERSATIONS_SPEC),
    activities,
    () => new Date(),
    options.retentionDays,
  );
  const hub = new StreamHub({
    keepAliveMs: options.keepAliveMs,
    gapWaitMs: options.gapWaitMs,
    read: (conversationId, watermark) => log.after(conversationId, watermark),
  });
  // one channel for the bot's and the citizen's activities: one append queue, one order
  const channel = new DirectLineChannel(log, hub);
  const adapter = new DirectLineAdapter(channel);
  const tokens = new TokenService(options.secret, options.tokenLifetimeSeconds);
  const marks = new CollectionTurnMarks(activities);
  const endpoint = new DirectLineEndpoint({ channel, tokens, adapter, logic, marks,
    textTooLong: options.textTooLong });
  const streams = directLineStreams(endpoint, hub);

  return {
    adapter,
    endpoint,
    messages: {
      keeps: (activity) => isLocalDirectLine({ serviceUrl: activity.serviceUrl }),
      lines: (conversationId) => log.lines(conversationId),
      follow: (listener) => channel.onLogged(listener),
    },
    register: (server) => registerDirectLineRoutes(server, endpoint),
    handleUpgrade: streams.handleUpgrade,
    follow: (changes, onError) => feedStreams(hub, changes, onError),
    catchUp: () => hub.catchUpAll(),
    recover: (giveUp, maxAttempts) => endpoint.recover(giveUp, maxAttempts),
    whenIdle: () => endpoint.whenIdle(),
    closeStreams: () => {
      hub.closeAll();
      streams.close();
    },
  };
}
