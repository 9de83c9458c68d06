import type { Middleware } from 'botbuilder';
import type { Server } from 'restify';
import { type Content, loadContent } from '../content/renderer';
import type { ProactiveSender } from '../core/channels';
import type { LoggedMessages } from '../directline/conversationLog';
import type { Database } from '../storage/types';
import { AgentAway, type Scheduler } from './agentAway';
import { QueueAnnouncer } from './announcer';
import { AuditLog } from './audit';
import { ACCOUNTS, AccountStore, type AgentAccount } from './auth/accounts';
import { AgentAuth } from './auth/authenticator';
import { type AgentSession, SESSIONS, type SessionOptions, SessionStore } from './auth/sessions';
import { SignInThrottle, type ThrottleOptions } from './auth/throttle';
import { trustedProxiesFromEnv } from './api/clientAddress';
import { registerAgentRoutes } from './api/routes';
import { type AgentSocket, createAgentSocket } from './api/socket';
import { CitizenNotifier } from './citizen';
import { consoleLabels } from './consoleLabels';
import { HandoffEvents } from './events';
import { type HandoffSharing, shareHandoff } from './eventsRelay';
import { HandoffGateImpl } from './gate';
import {
  AUDIT, CONVERSATIONS, TRANSCRIPTS, type AuditEntry, type HandoffConversation,
  type TranscriptEntry,
} from './model';
import { type HandoffOptions, optionsFromEnv, resolveOptions } from './options';
import { PresenceRegistry } from './presence';
import { HandoffQueue } from './queue';
import { QueuedReply } from './queuedReply';
import { transcriptMiddleware } from './recorder';
import { HandoffService } from './service';
import { TranscriptStore } from './transcript';

export interface HandoffDeps {
  database: Pick<Database, 'collection'>;
  sender: ProactiveSender;
  content?: Content;
  options?: Partial<HandoffOptions>;
  now?: () => number;
  /** Channels whose handoff.status events are trusted (an external contact centre's). */
  trustedStatusChannels?: readonly string[];
  /** Session cookie gets Secure (set when the console is served over https). */
  secureCookies?: boolean;
  sessions?: Partial<SessionOptions>;
  throttle?: Partial<ThrottleOptions>;
  /** Proxies whose X-Forwarded-For is believed (default: TRUSTED_PROXIES, else none). */
  trustedProxies?: readonly string[];
  /** Set when several instances share the store: events and presence go through it. */
  sharing?: HandoffSharing;
  /** Our Direct Line log: its conversations' messages are read there, not copied. */
  messages?: LoggedMessages;
  /** Timers of the handoff part (tests run them by hand); default: unref'd setTimeout. */
  schedule?: Scheduler;
}

export interface Handoff {
  gate: HandoffGateImpl;
  /** adapter.use(...) it: records user and bot turns, including emergency answers. */
  middleware: Middleware;
  authenticator: AgentAuth;
  accounts: AccountStore;
  service: HandoffService;
  queue: HandoffQueue;
  presence: PresenceRegistry;
  events: HandoffEvents;
  transcript: TranscriptStore;
  audit: AuditLog;
  /** The agent API (/api/agent/...) and the console page (/agent/). */
  registerRoutes(server: Server): void;
  /** WebSocket for /api/agent/ws: call handleUpgrade from the server's 'upgrade' listener. */
  socket: AgentSocket;
  close(): void;
}

const DEFAULT_SESSIONS: SessionOptions = { idleMs: 30 * 60_000, absoluteMs: 10 * 3600_000 };
const DEFAULT_THROTTLE: ThrottleOptions = { maxFailures: 5, loginMaxFailures: 20,
  windowMs: 15 * 60_000, lockMs: 15 * 60_000, maxLockMs: 24 * 3600_000 };

/** Composition of the handoff part: one call from server/compose.ts. */
export function createHandoff(deps: HandoffDeps): Handoff {
  const now = deps.now ?? Date.now;
  const options = resolveOptions({ ...optionsFromEnv(process.env), ...deps.options });
  const content = deps.content ?? loadContent();
  const events = new HandoffEvents();
  const sessionOptions = { ...DEFAULT_SESSIONS, ...deps.sessions };
  const trustedProxies = deps.trustedProxies ?? trustedProxiesFromEnv(process.env);

  const queue = new HandoffQueue(deps.database.collection<HandoffConversation>(CONVERSATIONS),
    options, now);
  const transcript = new TranscriptStore(deps.database.collection<TranscriptEntry>(TRANSCRIPTS),
    events, options, now, deps.messages);
  const audit = new AuditLog(deps.database.collection<AuditEntry>(AUDIT), options, now);
  const presence = new PresenceRegistry(events);
  if (deps.sharing) {
    shareHandoff({ events, presence, database: deps.database, sharing: deps.sharing, now });
  }
  const notifier = new CitizenNotifier(deps.sender, content);
  const announcer = new QueueAnnouncer(queue, presence, notifier, events, options);
  const service = new HandoffService({ queue, transcript, notifier, announcer, presence, events,
    content, options });
  const away = new AgentAway({ queue, presence, transcript, notifier, announcer, events,
    content, options, schedule: deps.schedule });
  const gate = new HandoffGateImpl({ queue, transcript, notifier, announcer, away, events,
    content, options, trustedStatusChannels: deps.trustedStatusChannels ?? ['omnichannel'],
    waiting: new QueuedReply({ queue, announcer, content }) });

  const accounts = new AccountStore(deps.database.collection<AgentAccount>(ACCOUNTS));
  const sessions = new SessionStore(deps.database.collection<AgentSession>(SESSIONS),
    sessionOptions, now);
  const authenticator = new AgentAuth(accounts, sessions,
    new SignInThrottle({ ...DEFAULT_THROTTLE, ...deps.throttle }, now));
  const socket = createAgentSocket({ auth: authenticator, events, queue, presence });

  return {
    gate, middleware: transcriptMiddleware(transcript), authenticator, accounts, service, queue,
    presence, events, transcript, audit, socket,
    registerRoutes(server) {
      registerAgentRoutes(server, { auth: authenticator, accounts, service, queue, transcript,
        presence, audit, options, trustedProxies, labels: consoleLabels(content),
        secureCookies: deps.secureCookies ?? process.env.AGENT_SECURE_COOKIES === 'true',
        sessionSeconds: Math.floor(sessionOptions.absoluteMs / 1000) });
    },
    close: () => {
      socket.close();
      presence.stop();
    },
  };
}

export type { HandoffDetails, HandoffGate, HandoffPriority, HandoffReason } from './types';
export type { HandoffOptions } from './options';
export { registerAgentRoutes } from './api/routes';
